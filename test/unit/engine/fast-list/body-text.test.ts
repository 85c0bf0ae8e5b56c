import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyText } from '../../../../electron/engine/fast-list/body-text';

const sdkText = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

describe('bodyText', () => {
  it('reads any bytes as the UTF-8 decoder does: ASCII, other UTF-8 and invalid sequences', () => {
    const ascii = fc.uint8Array({ maxLength: 300 }).map((b) => b.map((x) => x & 0x7f));
    const text = fc.string({ unit: 'grapheme', maxLength: 100 }).map((s) => Buffer.from(s));
    fc.assert(
      fc.property(fc.oneof(ascii, text, fc.uint8Array({ maxLength: 300 })), (bytes) => {
        expect(bodyText(bytes)).toBe(sdkText(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads only its own bytes out of a larger buffer', () => {
    const whole = Buffer.from('xx{"a":"é"}yy');
    const part = whole.subarray(2, whole.length - 2);
    expect(bodyText(part)).toBe('{"a":"é"}');
    expect(bodyText(Buffer.from('xx{"a":1}yy').subarray(2, 9))).toBe('{"a":1}');
  });
});
