import { Buffer } from 'node:buffer';
import type { Column } from '../../../shared/contract';
import { CsvEncoder } from '../../../shared/csv/csv-encoder';
import { createRowPlan } from '../filter/row-plan';
import { logsEvents } from '../resources/logs-events';
import type { RawPage } from '../resources/resource';

export interface PageCsv {
  columns: Column[];
  /** The header record (column ids, as the CLI's CSV writes them). */
  header(): Uint8Array;
  /** The records of one FilterLogEvents page's events, as UTF-8. */
  records(page: RawPage): Uint8Array;
}

/** Rows per encoded batch: a page's rows made at once would outlive young collections. */
const BATCH_ROWS = 1_000;

/**
 * CSV of log events page by page, made as the CLI writes a listing's rows (logs-events' columns
 * and row plan, the shared CSV encoder), for pages filter-log-events-csv.ts gives up.
 */
export const createPageCsv = (formulaGuard: boolean): PageCsv => {
  const plan = createRowPlan(logsEvents, null, false, 'items');
  const columns = plan.columns();
  const csv = { delimiter: ',', bom: false, formulaGuard } as const;
  const body = new CsvEncoder({ ...csv, header: false });
  return {
    columns,
    header: () => new CsvEncoder({ ...csv, header: true }).encodeBytes(columns, []),
    records: (page) => {
      const items = logsEvents.items(page);
      const batches: Uint8Array[] = [];
      for (let from = 0; from < items.length; from += BATCH_ROWS) {
        const to = Math.min(items.length, from + BATCH_ROWS);
        batches.push(body.encodeBytes(columns, plan.toRows(items, null, from, to)));
      }
      return Buffer.concat(batches);
    },
  };
};
