import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonBytes, plainAscii, recycleBody } from '../../../../electron/endpoint/json/json-bytes';

const written = (write: (out: JsonBytes) => void, capacity = 16): string => {
  const out = new JsonBytes(capacity);
  write(out);
  return out.bytes().toString('utf8');
};

const EDGES = [0, 9, 10, 99, 100, 12_345, 99_999_999, 1e8, 1e8 + 1, 1_709_251_200_101, 2 ** 53 - 1];
const ODD = [-1, -1e9, 0.5, 1e21, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY];

describe('JsonBytes', () => {
  it('writes numbers as String() does', () => {
    for (const n of [...EDGES, ...ODD]) expect(written((out) => out.integer(n))).toBe(String(n));
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => written((out) => out.integer(n)) === String(n)),
      { numRuns: 2000 },
    );
  });

  it('zero-pads numbers as padStart does, and leaves longer ones whole', () => {
    for (const n of [...EDGES, ...ODD]) {
      for (const width of [1, 2, 8, 9, 13, 20, 24]) {
        expect(written((out) => out.zeroPadded(n, width))).toBe(String(n).padStart(width, '0'));
      }
    }
  });

  it('writes hex digits, raw bytes and UTF-8 text past its first size', () => {
    const text = written((out) => {
      out.hex32(0xea9e7fa0);
      out.hex32(0);
      for (let i = 0; i < 300; i++) out.raw(plainAscii('piece '));
      out.text('é€🙂');
    });
    expect(text).toBe(`ea9e7fa000000000${'piece '.repeat(300)}é€🙂`);
  });

  it('drops what was written after a length it is set back to', () => {
    const out = new JsonBytes(16);
    out.text('kept');
    const mark = out.length;
    out.text(', dropped');
    out.length = mark;
    out.text('!');
    expect(out.bytes().toString()).toBe('kept!');
    expect(out.ascii(0, 4)).toBe('kept');
  });

  it('takes as plain only text that needs no escaping in a JSON string', () => {
    expect(Buffer.from(plainAscii('GET /api/orders (attempt 2)')).toString()).toBe(
      'GET /api/orders (attempt 2)',
    );
    for (const text of ['say "hi"', 'C:\\tmp', 'tab\there', 'café', '\u2028']) {
      expect(() => plainAscii(text)).toThrow(/not plain ASCII/);
    }
  });

  it('reuses the memory of a page only once that page is given back, and only once', () => {
    const page = () => {
      const out = new JsonBytes(1 << 20);
      out.text('page');
      return out.bytes();
    };
    const sent = page();
    const unsent = page();
    expect(unsent.buffer).not.toBe(sent.buffer);
    recycleBody(sent);
    recycleBody(sent);
    recycleBody(Buffer.from('not a page'));
    const next = page();
    expect(next.buffer).toBe(sent.buffer);
    expect(page().buffer).not.toBe(sent.buffer);
    expect(unsent.toString()).toBe('page');
  });
});
