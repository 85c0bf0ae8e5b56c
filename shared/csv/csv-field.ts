import type { Cell } from '../contract';
import { guardText } from './formula-guard';

/** Fields that must be quoted: those holding the delimiter, a quote, CR or LF (RFC 4180 §2.6). */
export const needsQuotesFor = (delimiter: string): RegExp =>
  delimiter === '\t' ? /["\t\r\n]/ : /[",\r\n]/;

/**
 * A cell's text before quoting, as csv-stringify writes it with the settings named in
 * csv-encoder.ts: numbers and booleans as String() gives them, null as an empty field, and text
 * a spreadsheet would run guarded when asked.
 */
export const cellText = (cell: Cell, formulaGuard: boolean): string => {
  if (cell === null) return '';
  if (typeof cell === 'string') return formulaGuard ? guardText(cell) : cell;
  return String(cell);
};

/** A cell's text as a field: quoted, with quotes doubled inside, when it needs quotes. */
export const fieldText = (text: string, needsQuotes: RegExp): string =>
  needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
