import { useCallback, useEffect, useReducer, useRef, type Dispatch } from 'react';
import type { ContractClient } from '../../../shared/contract';
import { useClient } from '../../api/client-context';
import { newJobId } from '../common/job-id';
import {
  exportJobReducer,
  initialJobState,
  phaseOf,
  type ExportJobAction,
} from './export-job-state';
import type { ExportChoices, ExportRequest } from './export-request';
import { scopeOf } from './export-request';
import { triggerDownload } from './trigger-download';

const listen = (client: ContractClient, dispatch: Dispatch<ExportJobAction>) => {
  const offProgress = client.on('export.progress', (progress) =>
    dispatch({ type: 'progress', progress }),
  );
  const offFinished = client.on('export.finished', (finished) =>
    dispatch({ type: 'finished', finished }),
  );
  return () => {
    offProgress();
    offFinished();
  };
};

/**
 * One export job of the dialog: start, progress, cancel, and the end. In browser mode the
 * finished file is downloaded from the host once; leaving the dialog cancels a running job.
 */
export function useExportJob(request: ExportRequest) {
  const client = useClient();
  const [state, dispatch] = useReducer(exportJobReducer, initialJobState);
  const phase = phaseOf(state);
  const fileName = useRef('export.csv');
  const downloaded = useRef<string | null>(null);

  useEffect(() => listen(client, dispatch), [client]);

  const start = useCallback(
    async (choices: ExportChoices) => {
      const jobId = newJobId();
      fileName.current = choices.fileName;
      dispatch({ type: 'start', jobId });
      const result = await client['export.start']({
        jobId,
        spec: request.spec,
        scope: scopeOf(choices.scope, request),
        columns: choices.columns,
        options: choices.options,
        fileName: choices.fileName,
      });
      dispatch(
        result.ok
          ? { type: 'started', started: result.value }
          : { type: 'refused', error: result.error },
      );
    },
    [client, request],
  );

  const cancel = useCallback(() => {
    if (state.jobId) void client['export.cancel']({ jobId: state.jobId });
  }, [client, state.jobId]);

  const reveal = useCallback(() => {
    if (state.jobId) void client['export.reveal']({ jobId: state.jobId });
  }, [client, state.jobId]);

  const downloadUrl = state.started?.downloadUrl ?? null;
  useEffect(() => {
    if (phase !== 'done' || !downloadUrl || downloaded.current === downloadUrl) return;
    downloaded.current = downloadUrl;
    triggerDownload(downloadUrl, fileName.current);
  }, [phase, downloadUrl]);

  // A job must not outlive its dialog unseen: leaving the view cancels a running one.
  const live = useRef<string | null>(null);
  const running = phase === 'running' || phase === 'starting';
  useEffect(() => {
    live.current = running ? state.jobId : null;
  }, [running, state.jobId]);
  useEffect(
    () => () => {
      if (live.current) void client['export.cancel']({ jobId: live.current });
    },
    [client],
  );

  return {
    state,
    phase,
    start,
    cancel,
    reveal,
    reset: () => dispatch({ type: 'reset' }),
  };
}
