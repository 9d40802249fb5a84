/**
 * What staff type into a number field, as the number the contract checks. Blank is "not
 * given" (null); anything else that is not a number stays NaN so the schema reports it.
 */
export function parseNumberInput(text: string): number | null {
  const t = text.trim().replace(/[,，\s]/g, '');
  if (t === '') return null;
  // Full-width digits and point, as Chinese input methods type them.
  const ascii = t.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(ascii)) return Number.NaN;
  return Number(ascii);
}

export function numberToInput(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '' : String(n);
}
