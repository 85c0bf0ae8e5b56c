const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Python's base64.b64decode(text) without validate=True, which botocore's TokenDecoder uses: it
 * skips every character outside the standard alphabet, stops at the first complete padding, and
 * fails (null here, binascii.Error there) when the data ends inside a quad. Node's base64 decoder
 * reads base64url too and never fails, so it cannot tell which tokens botocore takes as JSON.
 * https://github.com/python/cpython/blob/3.11/Modules/binascii.c (binascii_a2b_base64_impl)
 */
export const pythonB64decode = (text: string): Buffer | null => {
  const out: number[] = [];
  let quad = 0;
  let left = 0;
  let pads = 0;
  for (const char of text) {
    if (char === '=') {
      // Only a padding that completes a quad ends the data; stray ones are skipped.
      if (quad >= 2 && quad + ++pads >= 4) return Buffer.from(out);
      continue;
    }
    const value = ALPHABET.indexOf(char);
    if (value < 0) continue;
    pads = 0;
    if (quad === 1) out.push(((left << 2) | (value >> 4)) & 0xff);
    else if (quad === 2) out.push(((left << 4) | (value >> 2)) & 0xff);
    else if (quad === 3) out.push(((left << 6) | value) & 0xff);
    left = quad === 0 ? value : quad === 1 ? value & 0x0f : value & 0x03;
    quad = (quad + 1) % 4;
  }
  return quad === 0 ? Buffer.from(out) : null;
};
