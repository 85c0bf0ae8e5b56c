import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  ExportFinished,
  ExportProgress,
  ExportStarted,
  MethodInput,
  Result,
} from '../../../../shared/contract';
import { createDispatcher, type Connection } from '../../../../electron/service/dispatcher';
import { createHandlers } from '../../../../electron/service/handlers';
import type { HostServices } from '../../../../electron/service/host-services';
import { newDownload } from '../../../../electron/engine/export/export-paths';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';

export const PROFILE = 'export-test';

/**
 * A profile in temporary AWS config files that points at the test's endpoint, as a user's
 * profile with endpoint_url would: the export path under test is the one real profiles take.
 */
export const useEndpointProfile = (endpointUrl: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'pagescope-export-aws-'));
  writeFileSync(
    join(dir, 'config'),
    `[profile ${PROFILE}]\nregion = us-east-1\nendpoint_url = ${endpointUrl}\n`,
  );
  writeFileSync(
    join(dir, 'credentials'),
    `[${PROFILE}]\naws_access_key_id = ${DEMO_ACCESS_KEY_ID}\naws_secret_access_key = ${DEMO_SECRET_ACCESS_KEY}\n`,
  );
  process.env.AWS_CONFIG_FILE = join(dir, 'config');
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, 'credentials');
  return dir;
};

interface Listeners {
  progress: ((p: ExportProgress) => void)[];
  finished: Map<string, (f: ExportFinished) => void>;
}

/**
 * The export handlers behind the real dispatcher (input validated by the contract's schemas),
 * in Electron mode: the "save dialog" answers with a path in `saveDir`.
 */
export const createExportHarness = (
  saveDir: string,
  mode: 'electron' | 'browser' = 'electron',
  saveDialog: (name: string) => string | null = (name) => join(saveDir, name),
) => {
  const revealed: string[] = [];
  const host: HostServices = {
    mode,
    version: 'test',
    chooseSavePath: async (name) => saveDialog(name),
    revealFile: async (path) => revealed.push(path) > 0,
    // Browser mode writes into the host's exports folder: here, saveDir.
    newDownload: () => newDownload({ port: 1, dir: saveDir }),
  };
  const dispatcher = createDispatcher(createHandlers(host), { log: () => undefined });
  const listeners: Listeners = { progress: [], finished: new Map() };
  const connection: Connection = {
    id: 'test-window',
    mode,
    progress: () => undefined,
    emit: (event, payload) => {
      if (event === 'export.progress')
        listeners.progress.forEach((l) => l(payload as ExportProgress));
      if (event === 'export.finished') {
        const finished = payload as ExportFinished;
        listeners.finished.get(finished.jobId)?.(finished);
      }
    },
  };
  const call = <M extends 'export.start' | 'export.cancel' | 'export.reveal'>(
    method: M,
    input: MethodInput<M>,
  ) => dispatcher.call(method, input, connection) as Promise<Result<unknown>>;

  /** Starts an export and resolves with its export.finished event. */
  const run = async (
    input: MethodInput<'export.start'>,
    onProgress?: (p: ExportProgress) => void,
  ) => {
    const finished = new Promise<ExportFinished>((resolve) =>
      listeners.finished.set(input.jobId, resolve),
    );
    if (onProgress) listeners.progress.push((p) => p.jobId === input.jobId && onProgress(p));
    const started = await call('export.start', input);
    if (!started.ok) throw new Error(`export.start failed: ${started.error.message}`);
    return { started: started.value as ExportStarted, finished: await finished };
  };
  return { call, run, revealed };
};
