import type { Row } from '../../../shared/contract';
import { cellText } from './format';
import type { ColumnLayout } from './use-column-model';

// Tabs and line breaks inside a value would split cells when pasted into a spreadsheet.
const clean = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');

/** Rows as tab-separated values of the visible columns, in display order. */
export const rowsToTsv = (rows: Iterable<Row>, layout: ColumnLayout[], header = false): string => {
  const lines: string[] = [];
  if (header) lines.push(layout.map((c) => clean(c.label)).join('\t'));
  for (const row of rows) lines.push(layout.map((c) => clean(cellText(row[c.index]))).join('\t'));
  return lines.join('\n');
};
