import type { Counts } from './write-export';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Sizes as a person reads them on a terminal: 1024 steps, one decimal. */
export const humanBytes = (bytes: number): string => {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${integer.format(bytes)} bytes` : `${decimal.format(value)} ${units[unit]}`;
};

/** One progress line, rewritten in place on a terminal (carriage return, erase to line end). */
export const progressLine = (c: Counts): string =>
  `\r\x1b[KExporting… ${integer.format(c.rows)} rows · ${integer.format(c.pages)} pages · ` +
  `${integer.format(c.scanned)} scanned · ${humanBytes(c.bytes)} · ${integer.format(c.rowsPerSecond)} rows/s`;
