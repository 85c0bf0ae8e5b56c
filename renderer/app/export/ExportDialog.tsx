import { useModalDialog } from '../common/use-modal-dialog';
import { ExportForm } from './ExportForm';
import { ExportStatus } from './ExportStatus';
import type { ExportRequest } from './export-request';
import { useExportJob } from './use-export-job';
import './export-dialog.css';

interface ExportDialogProps {
  request: ExportRequest;
  onClose(): void;
}

/**
 * The Export CSV dialog: a modal <dialog> (focus stays inside, Escape closes it unless a job is
 * running, when Cancel export is the way out). Rows never come here: the job runs main-side and
 * only its counts arrive, as export.progress events.
 */
export function ExportDialog({ request, onClose }: ExportDialogProps) {
  const job = useExportJob(request);
  const busy = job.phase === 'starting' || job.phase === 'running';
  const { titleId, dialogProps } = useModalDialog(() => {
    if (!busy) onClose();
  });

  return (
    <dialog className="export-dialog" {...dialogProps}>
      <h2 id={titleId}>Export CSV</h2>
      {job.phase === 'form' ? (
        <ExportForm
          request={request}
          onStart={(choices) => void job.start(choices)}
          onClose={onClose}
        />
      ) : (
        <ExportStatus
          phase={job.phase}
          state={job.state}
          onCancel={job.cancel}
          onReveal={job.reveal}
          onBack={job.reset}
          onClose={onClose}
        />
      )}
    </dialog>
  );
}
