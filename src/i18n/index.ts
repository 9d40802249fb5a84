/**
 * i18next set up once. Each feature registers its own messages next to its components
 * (`registerMessages('map', …)`), so translations live with the code that shows them.
 */
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { commonMessages } from './common';
import { defaultLanguage, isLanguage, languages, type Language, type Messages } from './languages';

export const STORAGE_KEY = 'relief.language';

/** URL (?lang=) beats the remembered choice, which beats the default. */
export function initialLanguage(search: string, stored: string | null): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  if (isLanguage(stored)) return stored;
  return defaultLanguage;
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: initialLanguage(globalThis.location?.search ?? '', readStored()),
  fallbackLng: defaultLanguage,
  supportedLngs: [...languages],
  ns: ['common'],
  defaultNS: 'common',
  resources: {
    'zh-CN': { common: commonMessages['zh-CN'] },
    en: { common: commonMessages.en },
  },
  // React already escapes; i18next must not double-escape names with & or <.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
  showSupportNotice: false,
});

export function registerMessages<T extends Record<string, unknown>>(
  ns: string,
  messages: Messages<T>,
) {
  for (const lang of languages) {
    if (!i18n.hasResourceBundle(lang, ns))
      i18n.addResourceBundle(lang, ns, messages[lang], true, true);
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

export async function changeLanguage(lang: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this visit only
  }
  await i18n.changeLanguage(lang);
}

/** Translation function and the current language, for formatting numbers alongside text. */
export function useI18n(ns: string = 'common') {
  const { t, i18n: instance } = useTranslation(ns);
  const lang: Language = isLanguage(instance.language) ? instance.language : defaultLanguage;
  return { t, lang };
}

export { type Language } from './languages';
