/**
 * S3 lists keys in UTF-8 byte order, which is code point order. JavaScript compares UTF-16 code
 * units, which disagree only where a surrogate (above U+FFFF) meets U+E000..U+FFFF; ranking those
 * two ranges the other way round restores code point order without encoding anything.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html
 */
const rank = (unit: number): number =>
  unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit >= 0xe000 ? unit - 0x800 : unit;

export const compareKeys = (a: string, b: string): number => {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) - rank(y);
  }
  return a.length - b.length;
};
