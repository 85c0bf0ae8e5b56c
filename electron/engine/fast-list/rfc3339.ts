import { Unhandled } from './unhandled';

/** The number written by `width` ASCII digits at `at`, or -1. */
const digits = (text: string, at: number, width: number): number => {
  let value = 0;
  for (let i = at; i < at + width; i += 1) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
};

const field = (text: string, at: number, width: number, low: number, high: number): number => {
  const value = digits(text, at, width);
  if (value < low || value > high) throw new Unhandled('timestamp field');
  return value;
};

const SEPARATORS: ReadonlyArray<[number, number]> = [
  [4, 45], // -
  [7, 45],
  [10, 84], // T
  [13, 58], // :
  [16, 58],
];

/**
 * The same Date as @smithy/core's _parseRfc3339DateTimeWithOffset gives for the form S3 sends,
 * `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, with its arithmetic (Date.UTC rolls Feb 31 over; fractions
 * are rounded to milliseconds). Offsets, a lower-case t or z and out-of-range fields throw
 * Unhandled: the SDK's own parser decides those. Read by hand: it runs once per object.
 */
export const parseS3Timestamp = (text: string): Date => {
  if (text.length < 20 || text.charCodeAt(text.length - 1) !== 90) throw new Unhandled('timestamp');
  for (const [at, code] of SEPARATORS) {
    if (text.charCodeAt(at) !== code) throw new Unhandled('timestamp');
  }
  let ms = 0;
  if (text.length > 20) {
    const fraction = text.slice(20, -1);
    if (text.charCodeAt(19) !== 46 || !fraction || digits(fraction, 0, fraction.length) < 0) {
      throw new Unhandled('timestamp fraction');
    }
    ms = Number(fraction) ? Math.round(parseFloat(`0.${fraction}`) * 1000) : 0;
  }
  const year = field(text, 0, 4, 0, 9999);
  const date = new Date(
    Date.UTC(
      year,
      field(text, 5, 2, 1, 12) - 1,
      field(text, 8, 2, 1, 31),
      field(text, 11, 2, 0, 23),
      field(text, 14, 2, 0, 59),
      field(text, 17, 2, 0, 60),
      ms,
    ),
  );
  // Date.UTC maps years 0-99 to 1900-1999; the SDK sets the year back the same way.
  date.setUTCFullYear(year);
  return date;
};
