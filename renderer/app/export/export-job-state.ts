import type {
  ApiError,
  ExportFinished,
  ExportProgress,
  ExportStarted,
} from '../../../shared/contract';

/**
 * One export as the dialog sees it. Events and the start reply may arrive in either order, so
 * each is recorded as it comes and the phase is derived from what is known.
 */
export interface ExportJobState {
  jobId: string | null;
  started: ExportStarted | null;
  progress: ExportProgress | null;
  finished: ExportFinished | null;
  /** export.start itself was refused (bad column, too many jobs, ...). */
  refused: ApiError | null;
}

export type ExportJobAction =
  | { type: 'start'; jobId: string }
  | { type: 'started'; started: ExportStarted }
  | { type: 'refused'; error: ApiError }
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'finished'; finished: ExportFinished }
  | { type: 'reset' };

export const initialJobState: ExportJobState = {
  jobId: null,
  started: null,
  progress: null,
  finished: null,
  refused: null,
};

export const exportJobReducer = (
  state: ExportJobState,
  action: ExportJobAction,
): ExportJobState => {
  switch (action.type) {
    case 'start':
      return { ...initialJobState, jobId: action.jobId };
    case 'reset':
      return initialJobState;
    case 'refused':
      return { ...state, refused: action.error };
    case 'started':
      // The save dialog was dismissed: nothing runs, back to the form.
      if (action.started.path === null && action.started.downloadUrl === null)
        return initialJobState;
      return action.started.jobId === state.jobId ? { ...state, started: action.started } : state;
    case 'progress':
      return action.progress.jobId === state.jobId && !state.finished
        ? { ...state, progress: action.progress }
        : state;
    case 'finished':
      return action.finished.jobId === state.jobId
        ? { ...state, finished: action.finished }
        : state;
  }
};

export type ExportPhase = 'form' | 'starting' | 'running' | 'done' | 'cancelled' | 'failed';

export const phaseOf = (state: ExportJobState): ExportPhase => {
  if (state.jobId === null) return 'form';
  if (state.refused) return 'failed';
  if (state.finished) return state.finished.status;
  return state.started ? 'running' : 'starting';
};
