import type { HostServices } from '../../service/host-services';
import { newDownload, type DownloadPlace } from '../../engine/export/export-paths';

/** Browser mode has no native dialogs: exports are one-time downloads served by the host. */
export const browserHostServices = (version: string, place: DownloadPlace): HostServices => ({
  mode: 'browser',
  version,
  chooseSavePath: async () => null,
  revealFile: async () => false,
  newDownload: () => newDownload(place),
});
