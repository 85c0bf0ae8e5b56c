import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Chunk } from '../../../../shared/text/utf8-chunk';

describe('Utf8Chunk', () => {
  it('holds the UTF-8 of the texts appended, however far they outgrow its first size', () => {
    // Runs of multi-byte characters outgrow any estimate taken from a text's length.
    const wide = fc.constantFrom('é', '€', '🙂', 'a').map((c) => c.repeat(700));
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 50 }), wide);
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), fc.nat(3000), (texts, capacity) => {
        const chunk = new Utf8Chunk(capacity);
        for (const t of texts) chunk.append(t);
        const expected = Buffer.from(texts.join(''), 'utf8');
        // As base64: vitest compares buffers element by element, thousands of times slower.
        expect(Buffer.from(chunk.bytes()).toString('base64')).toBe(expected.toString('base64'));
        expect(chunk.byteLength).toBe(expected.length);
      }),
      { numRuns: 500 },
    );
  });
});
