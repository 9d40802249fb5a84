/**
 * i18next set up once. Each feature registers its own messages next to its components
 * (`registerMessages('map', …)`), so translations live with the code that shows them.
 */
import i18next, { type TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';
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
void i18n.init({
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
  // A message missing from its namespace shows as its key ("action.cancel"). Say so on the
  // console: the end-to-end tests fail on any console error, on every screen they visit. A
  // lookup given a default (a data code such as an unknown activity type) is not a missing one.
  saveMissing: true,
  missingKeyHandler: (lngs, ns, key, _fallback, _updateMissing, options) => {
    if ((options as { defaultValue?: unknown } | undefined)?.defaultValue !== undefined) return;
    console.error(`i18n: no message "${ns}:${key}" (${lngs.join(', ')})`);
  },
});

/**
 * Adds a namespace's messages. A namespace may come in parts that load at different times (what
 * the header shows now, the rest with the feature's pages): each part is merged in.
 */
export function registerMessages<T extends Record<string, unknown>>(
  ns: string,
  messages: Messages<T>,
) {
  for (const lang of languages) i18n.addResourceBundle(lang, ns, messages[lang], true, false);
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

function subscribeLanguage(onChange: () => void) {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
}

/**
 * One translation function per language and namespace, which remembers what it returned. Every
 * widget re-renders on a filter change, and i18next resolving the same few hundred messages each
 * time (with their counts, names and dates) was a tenth of that work. A message with options is
 * remembered only when every option is a plain value, which fully decides the text. Forgotten
 * when messages are added (a feature's namespace registers when its code loads), and when many
 * have built up.
 */
const translators = new Map<string, TFunction>();
let messagesVersion = 0;
i18n.store.on('added', () => (messagesVersion += 1));

const REMEMBERED_MAX = 5000;

/** The cache key of a lookup, or null when an option is an object or function. */
function lookupKey(key: string, options: unknown): string | null {
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null) return null;
  let id = key;
  for (const [name, value] of Object.entries(options)) {
    const kind = typeof value;
    if (kind !== 'string' && kind !== 'number' && kind !== 'boolean' && value !== undefined)
      return null;
    // The kind keeps 1 and '1' apart (i18next chooses a plural form only for a number); the
    // length keeps a value that itself contains the separator from reading as more options.
    const text = String(value);
    id += `\u0000${name}\u0000${kind}\u0000${text.length}\u0000${text}`;
  }
  return id;
}

function translator(lang: Language, ns: string): TFunction {
  const id = `${lang}\u0000${ns}`;
  let t = translators.get(id);
  if (!t) {
    const fixed = i18n.getFixedT(lang, ns);
    const remembered = new Map<string, unknown>();
    let rememberedVersion = messagesVersion;
    t = ((key: string | string[], options?: unknown) => {
      const lookup = typeof key === 'string' ? lookupKey(key, options) : null;
      if (lookup === null) return fixed(key as string, options as never);
      if (rememberedVersion !== messagesVersion || remembered.size >= REMEMBERED_MAX) {
        remembered.clear();
        rememberedVersion = messagesVersion;
      }
      let text = remembered.get(lookup);
      if (text === undefined) {
        text = fixed(key as string, options as never);
        remembered.set(lookup, text);
      }
      return text;
    }) as TFunction;
    translators.set(id, t);
  }
  return t;
}

/** Translation function and the current language, for formatting numbers alongside text. */
export function useI18n(ns: string = 'common') {
  const lang = useSyncExternalStore(subscribeLanguage, currentLanguage);
  return { t: translator(lang, ns), lang };
}

export { type Language } from './languages';
