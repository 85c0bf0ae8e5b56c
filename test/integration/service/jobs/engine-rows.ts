import type { Cell, ViewSpecInput } from '../../../../shared/contract';
import { viewSpecSchema } from '../../../../shared/contract';
import { listRows } from '../../../../electron/engine/paging/list-rows';

/** A cell as it reads back from CSV: text as is, numbers in decimal, null as empty. */
export const asCsvText = (cell: Cell): string => (cell === null ? '' : String(cell));

/** The engine's own listing of a view, as the strings a CSV parser gives back. */
export const engineRows = async (spec: ViewSpecInput): Promise<string[][]> => {
  const rows: string[][] = [];
  for await (const batch of listRows(viewSpecSchema.parse(spec), {
    signal: new AbortController().signal,
  })) {
    for (const row of batch.rows) rows.push(row.map(asCsvText));
  }
  return rows;
};
