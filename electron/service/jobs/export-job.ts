import type { ExportFinished, ExportStart, ExportStarted } from '../../../shared/contract';
import { toApiError } from '../../engine/errors/to-api-error';
import type { HandlerContext } from '../handler-context';
import type { HostServices } from '../host-services';
import { redactSecrets } from '../../engine/log/redact';
import { compileColumns } from '../../engine/filter/compile-columns';
import { compileFilter } from '../../engine/filter/compile-filter';
import { getResource } from '../../engine/resources/registry';
import { safeFileName } from '../../engine/export/content-disposition';
import type { JobRegistry } from './job-registry';
import { runExport } from '../../engine/export/run-export';

// Unexpected errors keep their stack in the engine's log (stderr); the user gets a short message.
const log = (line: string) => void process.stderr.write(`export: ${redactSecrets(line)}\n`);
// An export reads a whole listing and prints no resume token, so it takes the ordered parallel
// listing where there is one (flat S3 objects, log events: same rows, same order); other views
// list as they would anyway.
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
): Promise<ExportFinished> => {
  const { jobId } = input;
  const outcome = await runExport({
    spec: input.spec,
    target: destination.target,
    columns: input.columns,
    scope: input.scope,
    csv: input.options,
    // The header row says what the grid's header says ("Instance ID", a tag's key).
    headerText: (column) => column.label,
    signal,
    parallel: EXPORT_PARTITIONS,
    onProgress: (counts) => context.emit('export.progress', { jobId, ...counts }),
    log,
  });
  return {
    jobId,
    status: outcome.status,
    rows: outcome.counts.rows,
    bytes: outcome.counts.bytes,
    path: outcome.status === 'done' ? destination.path : null,
    error: outcome.status === 'failed' ? outcome.error : null,
    regionErrors: outcome.regionErrors,
  };
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
  // The job keeps the handler's async context, and with it the window's MFA prompter.
  void run(input, chosen, context, job.controller.signal)
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
