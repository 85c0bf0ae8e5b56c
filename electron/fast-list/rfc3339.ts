import { Unhandled } from './unhandled';

// Only the form S3 sends (UTC, "Z"); offsets, lower-case t/z and out-of-range fields are left to
// the SDK's parser. Fixed-width fields: linear, no backtracking.
const FORM = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?Z$/;

const inRange = (value: number, low: number, high: number): number => {
  if (value < low || value > high) throw new Unhandled('timestamp field out of range');
  return value;
};

/**
 * The same Date as @smithy/core's _parseRfc3339DateTimeWithOffset for an S3 timestamp, with
 * its arithmetic (Date.UTC rolls Feb 31 over; fractions are rounded to milliseconds).
 */
export const parseS3Timestamp = (text: string): Date => {
  const m = FORM.exec(text);
  if (!m) throw new Unhandled('timestamp form');
  const year = Number(m[1]);
  const fraction = m[7];
  const date = new Date(
    Date.UTC(
      year,
      inRange(Number(m[2]), 1, 12) - 1,
      inRange(Number(m[3]), 1, 31),
      inRange(Number(m[4]), 0, 23),
      inRange(Number(m[5]), 0, 59),
      inRange(Number(m[6]), 0, 60),
      fraction !== undefined && Number(fraction)
        ? Math.round(parseFloat(`0.${fraction}`) * 1000)
        : 0,
    ),
  );
  // Date.UTC maps years 0-99 to 1900-1999; the SDK sets the year back the same way.
  date.setUTCFullYear(year);
  return date;
};
