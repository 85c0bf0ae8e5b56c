import type { ExportPhase, ExportJobState } from './export-job-state';
import { formatBytes, formatInteger } from '../table/format';

interface ExportStatusProps {
  phase: Exclude<ExportPhase, 'form'>;
  state: ExportJobState;
  onCancel(): void;
  onReveal(): void;
  onBack(): void;
  onClose(): void;
}

const rowsText = (rows: number) => `${formatInteger(rows)} ${rows === 1 ? 'row' : 'rows'}`;

function Progress({ state, onCancel }: Pick<ExportStatusProps, 'state' | 'onCancel'>) {
  const p = state.progress;
  return (
    <>
      <p role="status" aria-live="polite" data-testid="export-progress">
        {p
          ? `Exporting… ${rowsText(p.rows)} · ${formatInteger(p.pages)} pages · ${formatInteger(p.scanned)} scanned · ${formatBytes(p.bytes)} · ${formatInteger(p.rowsPerSecond)} rows/s`
          : 'Starting the export…'}
      </p>
      <div className="export-actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel export
        </button>
      </div>
    </>
  );
}

/** What became of the job: the file, the cancellation, or the error and how far it got. */
function Outcome({
  phase,
  state,
  path,
}: {
  phase: 'done' | 'cancelled' | 'failed';
  state: ExportJobState;
  path: string | null;
}) {
  const finished = state.finished;
  const rows = finished?.rows ?? state.progress?.rows ?? 0;
  const bytes = finished?.bytes ?? state.progress?.bytes ?? 0;
  if (phase === 'cancelled') return <p role="status">Export cancelled; no file was written.</p>;
  if (phase === 'done') {
    const skipped = (finished?.regionErrors ?? []).map((r) => r.region);
    return (
      <>
        <p role="status" data-testid="export-done">
          Exported {rowsText(rows)} ({formatBytes(bytes)}){path ? ` to ${path}` : ', downloading'}.
        </p>
        {skipped.length > 0 ? (
          <p data-testid="export-skipped-regions">
            Not in the file (these regions could not be listed): {skipped.join(', ')}.
          </p>
        ) : null}
      </>
    );
  }
  const error = state.refused ?? finished?.error ?? null;
  return (
    <div role="alert">
      <p>Export failed: {error?.message ?? 'unknown error'}</p>
      {state.refused ? null : (
        <p>
          {rowsText(rows)} ({formatBytes(bytes)}) had been exported when it failed; no file was
          written.
        </p>
      )}
    </div>
  );
}

/** Progress while the job runs, then its end: the file, the cancellation, or the error. */
export function ExportStatus({
  phase,
  state,
  onCancel,
  onReveal,
  onBack,
  onClose,
}: ExportStatusProps) {
  if (phase === 'starting' || phase === 'running')
    return <Progress state={state} onCancel={onCancel} />;
  const path = state.finished?.path ?? state.started?.path ?? null;
  return (
    <>
      <Outcome phase={phase} state={state} path={path} />
      <div className="export-actions">
        {phase === 'done' && path ? (
          <button type="button" className="btn" onClick={onReveal}>
            Show in folder
          </button>
        ) : null}
        {phase !== 'done' ? (
          <button type="button" className="btn" onClick={onBack}>
            Back to options
          </button>
        ) : null}
        <button type="button" className="btn btn-primary" onClick={onClose}>
          Close
        </button>
      </div>
    </>
  );
}
