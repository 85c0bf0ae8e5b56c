import type { Cell, Summary, SummaryEntry } from '../../../shared/contract';
import { summaryCsv } from '../../../shared/csv/summary-csv';
import { humanBytes } from '../../engine/export/progress-line';
import { UsageError } from './usage-error';

export const summaryFormats = ['text', 'json', 'csv'] as const;

const shown = (value: Cell): string =>
  value === null ? '(none)' : value === '' ? '(top level)' : String(value);

const sized = (size: number | null): string =>
  size === null ? '' : `${size} (${humanBytes(size)})`;

/** Columns padded to their widest cell; numbers right-aligned. */
const table = (rows: string[][], right: ReadonlySet<number>): string => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map(
      (r) =>
        `  ${r
          .map((cell, i) => (right.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
          .join('  ')
          .trimEnd()}\n`,
    )
    .join('');
};

const entryLines = (title: string, entries: SummaryEntry[], ids: string[]): string => {
  if (entries.length === 0) return '';
  const rows = [ids, ...entries.map((e) => ids.map((id) => shown(e[id] ?? null)))];
  return `\n${title}\n${table(rows, new Set())}`;
};

/** For people: totals, one table per grouping, then the largest and oldest rows. */
const text = (s: Summary): string => {
  let out = `Total rows: ${s.count}\n`;
  if (s.totalSize !== null) out += `Total size: ${sized(s.totalSize)}\n`;
  for (const g of s.groupings) {
    const header = s.totalSize === null ? [g.label, 'Count'] : [g.label, 'Count', 'Bytes', 'Size'];
    const rows = g.groups.map((x) => [
      shown(x.value),
      String(x.count),
      ...(s.totalSize === null ? [] : [String(x.size ?? 0), humanBytes(x.size ?? 0)]),
    ]);
    out += `\n${table([header, ...rows], new Set([1, 2, 3]))}`;
  }
  out += entryLines(`Largest ${s.largest.length}`, s.largest, s.entryColumns);
  out += entryLines(`Oldest ${s.oldest.length}`, s.oldest, s.entryColumns);
  return out;
};

export const writeSummary = (format: string, summary: Summary): string => {
  switch (format) {
    case 'text':
      return text(summary);
    case 'json':
      return `${JSON.stringify(summary, null, 2)}\n`;
    case 'csv':
      return summaryCsv(summary);
    default:
      throw new UsageError(
        `--output must be one of ${summaryFormats.join(', ')}, not ${JSON.stringify(format)}.`,
      );
  }
};
