import type { LocalizedText } from '@/api/contract';
import type { Language } from './languages';

/** The record's name in the reader's language; staff-typed records may have only Chinese. */
export function localName(text: LocalizedText, lang: Language): string {
  return lang === 'en' && text.en.trim() ? text.en : text.zh;
}
