import type { Cell, ColumnType } from '../../../shared/contract';

// Built once: Intl formatters are costly to create and cells are formatted while scrolling.
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB'] as const;

export const formatInteger = (value: number): string => integer.format(value);

/** "1 row", "2 rows", "1,000 rows": a count with its noun in the right number. */
export const formatCount = (value: number, noun: string, nouns = `${noun}s`): string =>
  `${integer.format(value)} ${value === 1 ? noun : nouns}`;

/** Human-readable size with 1024 steps, as the S3 console shows them. */
export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${integer.format(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let unit = 0;
  let value = bytes;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${decimal.format(value)} ${UNITS[unit]}`;
};

export const exactBytes = (bytes: number): string =>
  `${integer.format(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Local time as YYYY-MM-DD HH:mm:ss (sortable, unambiguous); null when the text is no date. */
export const formatDate = (iso: string): string | null => {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const d = new Date(time);
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${date} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
};

/** Tags cross the contract as a JSON object string or as "k=v, k=v" text. */
export const parseTags = (value: string): [string, string][] => {
  if (value.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return Object.entries(parsed).map(([k, v]) => [k, typeof v === 'string' ? v : String(v)]);
      }
    } catch {
      // Not JSON after all: fall through to the text form.
    }
  }
  if (value === '') return [];
  return value.split(/,\s*/).map((pair) => {
    const at = pair.indexOf('=');
    return at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
  });
};

/** The plain text of a cell as copied to the clipboard: the raw value, never the rendering. */
export const cellText = (value: Cell | undefined): string =>
  value === null || value === undefined ? '' : String(value);

export const isNumericType = (type: ColumnType): boolean => type === 'number' || type === 'bytes';
