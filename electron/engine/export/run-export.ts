import type { ExportScope, RegionError, ViewSpec } from '../../../shared/contract';
import { CsvEncoder, type CsvOptions, type HeaderText } from '../../../shared/csv/csv-encoder';
import type { ProfileOverrides } from '../aws/resolve-profile';
import { listRows } from '../paging/list-rows';
import { createThrottle } from '../progress/progress-throttle';
import { getResource } from '../resources/registry';
import { tapRegionErrors } from './region-errors';
import { createRowSelection } from './row-selection';
import { writeExport, type Counts, type ExportOutcome } from './write-export';

export interface RunExportOptions {
  spec: ViewSpec;
  /** The file the rows end up in; it appears only once every row is written. */
  target: string;
  /** Column ids in output order; empty means the view's own columns. */
  columns: readonly string[];
  scope: ExportScope;
  csv: CsvOptions;
  /** What the header row says of a column (its id unless given). */
  headerText?: HeaderText;
  signal: AbortSignal;
  /** An export reads a whole listing and prints no resume token: the ordered parallel one. */
  parallel: number;
  overrides?: ProfileOverrides;
  /** The counts so far, at most PROGRESS_INTERVAL_MS apart; nothing is sent after the end. */
  onProgress?(counts: Counts): void;
  /** A region of an all-regions view that failed: the file is written without its rows. */
  onRegionError?(error: RegionError): void | Promise<void>;
  log?(line: string): void;
}

export type RunExportOutcome = ExportOutcome & { regionErrors: RegionError[] };

/**
 * One export, the same for the app's job and `pagescope export`: the view's listing, cut to the
 * chosen rows and columns, encoded and streamed into the target through a private partial file
 * (write-export.ts), with throttled progress. The caller tells the outcome its own way.
 */
export const runExport = async (o: RunExportOptions): Promise<RunExportOutcome> => {
  const keyColumn = getResource(o.spec.resource).info.keyColumn;
  const regionErrors: RegionError[] = [];
  const { onProgress } = o;
  const progress = onProgress ? createThrottle<Counts>({ emit: onProgress }) : null;
  try {
    const outcome = await writeExport({
      target: o.target,
      batches: tapRegionErrors(
        listRows(o.spec, {
          signal: o.signal,
          parallel: o.parallel,
          ...(o.overrides ? { overrides: o.overrides } : {}),
        }),
        async (error) => {
          regionErrors.push(error);
          await o.onRegionError?.(error);
        },
      ),
      select: (view) => createRowSelection(view, { columns: o.columns, scope: o.scope, keyColumn }),
      encoder: () => new CsvEncoder(o.csv, o.headerText),
      signal: o.signal,
      onProgress: progress ? progress.update : () => undefined,
      ...(o.log ? { log: o.log } : {}),
    });
    return { ...outcome, regionErrors };
  } finally {
    progress?.stop();
  }
};
