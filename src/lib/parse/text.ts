/**
 * Text clean-up shared by the parsers: full-width ASCII (１２３，４５６) as typed with a Chinese
 * input method becomes half-width, the ideographic space becomes a space.
 */
export function toHalfWidth(input: string): string {
  let out = '';
  for (const ch of input) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Half-width, trimmed, inner whitespace (including non-breaking) removed. */
export function compact(input: string): string {
  return toHalfWidth(input).replace(/[\s\u00a0\u200b\ufeff]+/g, '');
}
