import type { JmesNode } from '../../../shared/jmespath';
import { createColumn, type ColumnCells } from './column-cells';
import type { ItemField } from './loaded-filter-plan';
import { matchRows } from './match-rows';

/** More cells of one column of the listing, from row `from` on. */
export interface CellsMessage {
  type: 'cells';
  listing: string;
  column: number;
  from: number;
  cells: ColumnCells;
}

export interface MatchMessage {
  type: 'match';
  id: number;
  listing: string;
  predicate: JmesNode;
  fields: ItemField[];
  from: number;
  to: number;
}

export type FilterWorkerMessage = CellsMessage | MatchMessage;

export type FilterWorkerReply =
  { id: number; indices: Uint32Array } | { id: number; error: string };

/**
 * Holds copies of the columns that filters have read, for one listing, and answers which rows
 * match. Only read columns are copied (a size filter copies one number per row, not the rows),
 * once per listing, then extended as batches arrive; a new listing drops them.
 */
let listing = '';
const columns = new Map<number, ReturnType<typeof createColumn>>();

const addCells = (message: CellsMessage) => {
  if (message.listing !== listing) {
    listing = message.listing;
    columns.clear();
  }
  const column = columns.get(message.column) ?? createColumn();
  column.append(message.from, message.cells);
  columns.set(message.column, column);
};

const match = (message: MatchMessage): FilterWorkerReply => {
  if (message.listing !== listing) return { id: message.id, error: 'stale listing' };
  const { predicate, fields, from, to } = message;
  const cells = (f: number) => columns.get(fields[f]!.column)?.cells() ?? [];
  try {
    return { id: message.id, indices: matchRows(predicate, fields, cells, 0, from, to) };
  } catch (error) {
    return { id: message.id, error: (error as Error).message };
  }
};

addEventListener('message', (event: MessageEvent<FilterWorkerMessage>) => {
  if (event.data.type === 'cells') return addCells(event.data);
  const reply = match(event.data);
  postMessage(reply, 'indices' in reply ? { transfer: [reply.indices.buffer] } : {});
});
