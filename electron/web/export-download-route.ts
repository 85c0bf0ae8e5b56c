import type { HostRoute } from './host';

// PLACEHOLDER until export lands (issue 6): the route that streams an export job's file.
export const exportDownloadRoute: HostRoute = async () => false;
