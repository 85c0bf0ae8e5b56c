/**
 * S3 orders keys by their UTF-8 bytes, which is Unicode code point order. JavaScript compares
 * UTF-16 code units, which disagrees only where a surrogate (a code point above U+FFFF) meets a
 * code unit in U+E000..U+FFFF; remapping those two ranges restores code point order without
 * encoding anything. https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html
 */
const rank = (unit: number): number =>
  unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit >= 0xe000 ? unit - 0x800 : unit;

export const compareUtf8 = (a: string, b: string): number => {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) - rank(y);
  }
  return a.length - b.length;
};

/**
 * The smallest string greater than every string that starts with `prefix` (its last code point
 * plus one), or null if there is none. Listing jumps there to skip a whole CommonPrefix at once.
 */
export const prefixSuccessor = (prefix: string): string | null => {
  const points = Array.from(prefix);
  while (points.length > 0) {
    const last = points.pop()!.codePointAt(0)!;
    if (last < 0x10ffff) {
      const next = last === 0xd7ff ? 0xe000 : last + 1;
      return points.join('') + String.fromCodePoint(next);
    }
  }
  return null;
};
