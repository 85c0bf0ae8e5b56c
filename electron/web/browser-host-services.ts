import type { HostServices } from '../api/host-services';

/** Browser mode has no native dialogs: exports are downloads streamed by the host. */
export const browserHostServices = (
  version: string,
  address: { port: number; token: string },
): HostServices => ({
  mode: 'browser',
  version,
  chooseSavePath: async () => null,
  revealFile: async () => false,
  downloadUrl: (jobId) =>
    `http://127.0.0.1:${address.port}/download/${encodeURIComponent(jobId)}?token=${address.token}`,
});
