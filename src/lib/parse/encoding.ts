/**
 * Text files as spreadsheet programs in China write them: UTF-8 with or without a byte-order
 * mark, UTF-16 ("Unicode text"), or GB18030/GBK (Excel's "CSV" on a Chinese Windows).
 * Detection: a BOM decides; otherwise bytes that are valid UTF-8 are UTF-8; otherwise GB18030,
 * a superset of GBK and GB2312.
 *
 * One refinement: a short GBK text can happen to be valid UTF-8 ("鸦 " is D1 BB 20, which UTF-8
 * reads as "ѻ "). When the UTF-8 reading has no Chinese character at all but the GB18030 reading
 * has some and decodes cleanly, the file is GB18030. A UTF-8 file with Chinese in it is never
 * affected; a UTF-8 file with accented Latin letters and no Chinese could be misread, which for
 * a Beijing union's sheets is the lesser risk.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Detected {
  encoding: TextEncodingName;
  /** Length of the byte-order mark to skip. */
  bomLength: number;
}

export function detectEncoding(bytes: Uint8Array): Detected {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  let utf8: string;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { encoding: 'gb18030', bomLength: 0 };
  }
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(utf8) || HAN.test(utf8)) return { encoding: 'utf-8', bomLength: 0 };
  const gb = new TextDecoder('gb18030').decode(bytes);
  if (!gb.includes('\ufffd') && HAN.test(gb)) return { encoding: 'gb18030', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

const HAN = /\p{Script=Han}/u;

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const { encoding, bomLength } = detectEncoding(bytes);
  // ignoreBOM: the BOM was already skipped; a second one would be content.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bomLength));
  return { text, encoding };
}
