import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from '@/lib/parse/encoding';
import { sniffFileKind } from '@/lib/parse/file-type';

/**
 * A GB18030 encoder for the test: Node's TextEncoder only writes UTF-8, so the two-byte table is
 * built by decoding every two-byte sequence with TextDecoder('gb18030').
 */
const gbkTable = (() => {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
})();
const gbkChars = [...gbkTable.keys()];

function encodeGbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

const gbkText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...gbkChars),
      fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    ),
    { minLength: 1, maxLength: 60 },
  )
  .map((chars) => chars.join(''));

describe('encoding detection', () => {
  it('decodes GBK text as Excel writes it in China', () => {
    const bytes = encodeGbk('日期,区,单位\n2023-08-07,房山区,北京市总工会\n');
    expect(decodeText(bytes)).toEqual({
      encoding: 'gb18030',
      text: '日期,区,单位\n2023-08-07,房山区,北京市总工会\n',
    });
  });

  it('decodes UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode('日期,区\n');
    expect(decodeText(plain)).toEqual({ encoding: 'utf-8', text: '日期,区\n' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(withBom)).toEqual({ encoding: 'utf-8', text: '日期,区\n' });
  });

  it('decodes UTF-16 "Unicode text"', () => {
    const text = '日期\t区\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(bytes)).toEqual({ encoding: 'utf-16le', text });
  });

  it('reads a short GBK text that happens to be valid UTF-8 as GBK', () => {
    // D1 BB 20 is also UTF-8 for "ѻ ".
    expect(decodeText(encodeGbk('鸦 '))).toEqual({ encoding: 'gb18030', text: '鸦 ' });
  });

  it('gets back any GBK-encoded text with a few Chinese characters in it', () => {
    const han = fc.constantFrom(...gbkChars.filter((c) => /\p{Script=Han}/u.test(c)));
    fc.assert(
      fc.property(gbkText, fc.array(han, { minLength: 4, maxLength: 8 }), (text, hans) => {
        const original = `${hans.join('')}${text}`;
        expect(decodeText(encodeGbk(original)).text).toBe(original);
      }),
      { numRuns: 300 },
    );
  });

  it('gets back any text encoded as UTF-8 with a BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
        expect(detectEncoding(bytes).encoding).toBe('utf-8');
        expect(decodeText(bytes).text).toBe(text);
      }),
    );
  });

  it('gets back any UTF-8 text without a BOM that is ASCII or has Chinese in it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom('日', '房山区', '慰问'),
        fc.string({ unit: 'grapheme-ascii' }),
        (text, han, ascii) => {
          for (const t of [`${text}${han}`, ascii]) {
            const bytes = new TextEncoder().encode(t);
            expect(detectEncoding(bytes).encoding).toBe('utf-8');
            expect(decodeText(bytes).text).toBe(t);
          }
        },
      ),
    );
  });
});

describe('file type by content', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it.each([
    ['xlsx', bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'xlsx'],
    ['old xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'xls'],
    ['pdf', new TextEncoder().encode('%PDF-1.7\n'), 'unsupported'],
    ['png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'unsupported'],
    ['binary', bytes(0x01, 0x00, 0x02, 0x03), 'unsupported'],
    ['csv', new TextEncoder().encode('日期,区\n2023-08-07,房山\n'), 'csv'],
    ['gbk csv', encodeGbk('日期,区\n'), 'csv'],
  ])('%s', (_name, head, kind) => {
    expect(sniffFileKind(head, head.length)).toBe(kind);
  });
  it('an empty file is empty', () => {
    expect(sniffFileKind(new Uint8Array(), 0)).toBe('empty');
  });
});
