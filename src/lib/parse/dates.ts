/**
 * Calendar days as staff type them in spreadsheets: 2023-08-07, 2023/8/7, 2023.8.7,
 * 2023年8月7日, 8月7日 (year from context), 20230807, Excel serial days (1900 system) and
 * full-width digits. The result is an ISO day, `YYYY-MM-DD`.
 */
import { compact } from './text';
import { fail, ok, type ParseResult } from './result';

export type DateError = 'date_empty' | 'date_format' | 'date_invalid';

export interface DateContext {
  /** Year for days written without one (8月7日). */
  defaultYear: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A validated ISO day, or null when the parts do not form a calendar day. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Excel's day 0 in the 1900 system is 1899-12-30 (it counts a 29 Feb 1900 that never was). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 9999-12-31 */
const EXCEL_MAX_SERIAL = 2_958_465;

export function fromExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > EXCEL_MAX_SERIAL) return null;
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function toExcelSerial(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH_MS) / DAY_MS);
}

// An optional clock time after the day (2023-08-07 09:30, 2023-08-07T09:30:00Z) is ignored.
const TIME = String.raw`(?:[T\s]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const ZH_YMD = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/;
const ZH_MD = /^(\d{1,2})月(\d{1,2})[日号]?$/;
const MD = /^(\d{1,2})[/.-](\d{1,2})$/;
const COMPACT_YMD = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{1,7}(?:\.\d+)?$/;

export function parseDate(
  input: string | number | null | undefined,
  context: DateContext,
): ParseResult<string, DateError> {
  if (input === null || input === undefined) return fail('date_empty');
  if (typeof input === 'number') {
    const iso = fromExcelSerial(input);
    return iso ? ok(iso) : fail('date_invalid');
  }
  // Inner spaces are dropped, so "2023 年 8 月 7 日" and "2023-08-07 09:30" both read.
  const raw = compact(input.replace(/(\d)\s+(\d{1,2}:)/, '$1T$2'));
  if (raw === '') return fail('date_empty');

  let m = YMD.exec(raw) ?? ZH_YMD.exec(raw) ?? COMPACT_YMD.exec(raw);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = ZH_MD.exec(raw) ?? MD.exec(raw);
  if (m) return checked(context.defaultYear, Number(m[1]), Number(m[2]));
  if (SERIAL.test(raw)) {
    const iso = fromExcelSerial(Number(raw));
    return iso ? ok(iso) : fail('date_invalid');
  }
  return fail('date_format');
}

function checked(y: number, m: number, d: number): ParseResult<string, DateError> {
  const iso = isoDay(y, m, d);
  return iso ? ok(iso) : fail('date_invalid');
}
