export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'zh-CN';

/** A namespace's translate function, as plain functions (not components) take it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (languages as readonly string[]).includes(v);
}

/** Messages of one namespace in both languages; English must have exactly Chinese's keys. */
export type Messages<T> = { 'zh-CN': T; en: T };
export function defineMessages<T extends Record<string, unknown>>(zh: T, en: T): Messages<T> {
  return { 'zh-CN': zh, en };
}
