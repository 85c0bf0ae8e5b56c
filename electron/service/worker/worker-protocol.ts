import type { Result } from '../../../shared/contract';
import type { DownloadPlace } from '../../engine/export/export-paths';
import type { RetryPolicy } from '../../engine/paging/backoff';

/**
 * Messages between the host thread (Electron main or the browser-mode host) and the engine
 * worker. Both ends are our own code in one process, so these are typed, not parsed: untrusted
 * input is validated by the dispatcher inside the worker.
 */
export type ToWorker =
  | {
      type: 'call';
      /** The worker dispatcher's own id, for the answer. */
      callId: number;
      /** The page's id of the call, for cancel and progress; absent when it gave none. */
      pageCallId?: number;
      connection: { id: string; mode: 'electron' | 'browser' };
      method: unknown;
      input: unknown;
    }
  | { type: 'cancel'; connectionId: string; pageCallId: number }
  | { type: 'close'; connectionId: string }
  | { type: 'host-result'; hostCallId: number; value: unknown };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; callId: number; result: Result<unknown> }
  | { type: 'event'; connectionId: string; event: string; payload: unknown }
  | { type: 'progress'; connectionId: string; pageCallId: number; report: unknown }
  | { type: 'host-call'; hostCallId: number; name: 'chooseSavePath' | 'revealFile'; args: string[] }
  | { type: 'log'; line: string };

/** What the worker needs to rebuild HostServices on its side. */
export interface WorkerData {
  mode: 'electron' | 'browser';
  version: string;
  /** Browser mode: the host's port and its private exports folder. */
  download: DownloadPlace | null;
  /** The retry policy of the engine's listings, when the host sets one (backoff.ts). */
  retry?: RetryPolicy;
}
