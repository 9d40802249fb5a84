import { parseDate } from '@/lib/parse/dates';

/**
 * The ISO day (`YYYY-MM-DD`) a person typed, or null when the text is not one. Reads what staff
 * write by hand: 2023-08-07, 2023/8/7, 2023.8.7, 2023年8月7日, 20230807, and 8月7日 or 8/7 in
 * `defaultYear`. A bare short number is not a day here (the import reads those as Excel serials;
 * typed into a date field, "45" is a slip).
 */
export function readTypedDay(text: string, defaultYear: number): string | null {
  const trimmed = text.trim();
  if (/^\d{1,7}$/.test(trimmed)) return null;
  const result = parseDate(trimmed, { defaultYear });
  return result.ok ? result.value : null;
}
