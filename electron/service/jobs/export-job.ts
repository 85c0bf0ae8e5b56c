import type {
  ExportFinished,
  ExportStart,
  ExportStarted,
  RegionError,
} from '../../../shared/contract';
import { toApiError } from '../../engine/errors/to-api-error';
import type { HandlerContext } from '../handler-context';
import type { HostServices } from '../host-services';
import { withMfaPrompter } from '../../engine/aws/mfa-prompts';
import { redactSecrets } from '../../engine/log/redact';
import { CsvEncoder } from '../../../shared/csv/csv-encoder';
import { compileColumns } from '../../engine/filter/compile-columns';
import { compileFilter } from '../../engine/filter/compile-filter';
import { listRows } from '../../engine/paging/list-rows';
import { getResource } from '../../engine/resources/registry';
import { safeFileName } from '../../engine/export/content-disposition';
import type { JobRegistry } from './job-registry';
import { createThrottle } from '../../engine/export/progress-throttle';
import { tapRegionErrors } from '../../engine/export/region-errors';
import { createRowSelection } from '../../engine/export/row-selection';
import { writeExport, type Counts } from '../../engine/export/write-export';

const PROGRESS_INTERVAL_MS = 250;
// Unexpected errors keep their stack in the engine's log (stderr); the user gets a short message.
const log = (line: string) => void process.stderr.write(`export: ${redactSecrets(line)}\n`);
// An export reads a whole flat listing and prints no resume token, so it takes the ordered
// parallel listing (same rows, same order); other views list as they would anyway.
const EXPORT_PARTITIONS = 16;

interface Destination {
  target: string;
  /** What the user is told: the chosen file in Electron, nothing in browser mode. */
  path: string | null;
  downloadUrl: string | null;
}

/** Electron asks where (main side, save dialog); browser mode writes where the host serves from. */
const destinationOf = async (host: HostServices, name: string): Promise<Destination | null> => {
  if (host.mode === 'electron') {
    const path = await host.chooseSavePath(name);
    return path ? { target: path, path, downloadUrl: null } : null;
  }
  const download = host.newDownload();
  if (!download) throw new Error('This browser-mode host has no place for downloads.');
  const downloadUrl = `${download.url}?name=${encodeURIComponent(name)}`;
  return { target: download.target, path: null, downloadUrl };
};

const run = async (
  input: ExportStart,
  destination: Destination,
  context: HandlerContext,
  signal: AbortSignal,
) => {
  const { jobId, spec } = input;
  const keyColumn = getResource(spec.resource).info.keyColumn;
  const regionErrors: RegionError[] = [];
  const progress = createThrottle<Counts>({
    intervalMs: PROGRESS_INTERVAL_MS,
    emit: (counts) => context.emit('export.progress', { jobId, ...counts }),
  });
  const outcome = await writeExport({
    target: destination.target,
    batches: tapRegionErrors(
      listRows(spec, { signal, parallel: EXPORT_PARTITIONS }),
      (e) => void regionErrors.push(e),
    ),
    select: (view) =>
      createRowSelection(view, { columns: input.columns, scope: input.scope, keyColumn }),
    // The header row says what the grid's header says ("Instance ID", a tag's key).
    encoder: () => new CsvEncoder(input.options, (column) => column.label),
    signal,
    onProgress: progress.update,
    log,
  });
  progress.stop();
  const finished: ExportFinished = {
    jobId,
    status: outcome.status,
    rows: outcome.counts.rows,
    bytes: outcome.counts.bytes,
    path: outcome.status === 'done' ? destination.path : null,
    error: outcome.status === 'failed' ? outcome.error : null,
    regionErrors,
  };
  return finished;
};

/**
 * export.start: registers the job (limits are checked before any dialog), picks the destination,
 * and returns at once while the rows stream to the file in the background; the rest of the job
 * is told through export.progress and export.finished.
 */
export const startExportJob = async (
  input: ExportStart,
  context: HandlerContext,
  host: HostServices,
  registry: JobRegistry,
): Promise<ExportStarted> => {
  const { jobId } = input;
  const job = registry.add(context.connectionId, jobId);
  let destination: Destination | null;
  try {
    // A bad resource, filter or column is answered now, before any save dialog is shown.
    getResource(input.spec.resource);
    if (input.spec.filter?.expression.trim()) compileFilter(input.spec.filter);
    compileColumns(input.spec.columns);
    destination = await destinationOf(host, safeFileName(input.fileName));
  } catch (error) {
    registry.finish(context.connectionId, jobId, null);
    throw error;
  }
  if (!destination) {
    registry.finish(context.connectionId, jobId, null);
    return { jobId, downloadUrl: null, path: null };
  }
  const chosen = destination;
  // A job outlives its export.start call but not its window: closing it cancels the job.
  const cancelOnClose = () => registry.cancel(context.connectionId, jobId);
  context.connectionSignal.addEventListener('abort', cancelOnClose, { once: true });
  void withMfaPrompter(
    (prompt) => context.emit('mfa.prompt', prompt),
    () => run(input, chosen, context, job.controller.signal),
  )
    .catch((error: unknown): ExportFinished => {
      const apiError = toApiError(error, log);
      return { jobId, status: 'failed', rows: 0, bytes: 0, path: null, error: apiError };
    })
    .then((finished) => {
      context.connectionSignal.removeEventListener('abort', cancelOnClose);
      registry.finish(
        context.connectionId,
        jobId,
        finished.status === 'done' ? chosen.target : null,
      );
      context.emit('export.finished', finished);
    });
  return { jobId, downloadUrl: destination.downloadUrl, path: destination.path };
};
