import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { ServerResponse } from 'node:http';
import type { HostRoute } from './host';
import { securityHeaders } from './security-headers';
import { attachmentHeader, safeFileName } from '../export/content-disposition';
import { browserExportPath, isJobId } from '../export/export-paths';
import { waitForFinishedExport } from '../export/finished-export';

const answer = (res: ServerResponse, status: number, message: string) => {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${message}\n`);
};

/**
 * GET /download/JOBID?token=…&name=FILE.csv: the finished file of a browser-mode export, as an
 * attachment. It runs on the host's thread while the engine worker writes the file, so the two
 * meet at the path both compute from the job id (export-paths.ts). The host has already checked
 * the token, Host and Origin. The file is deleted once it has been sent in full.
 */
export const exportDownloadRoute: HostRoute = async (req, res, url) => {
  const match = /^\/download\/([^/]+)$/.exec(url.pathname);
  if (!match) return false;
  const jobId = match[1]!;
  if (!isJobId(jobId)) {
    answer(res, 400, 'Bad export id');
    return true;
  }
  const closed = new AbortController();
  res.once('close', () => closed.abort());
  const file = await waitForFinishedExport(browserExportPath(jobId), closed.signal);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info) {
    if (!res.destroyed)
      answer(res, 404, 'No such export: it was cancelled, failed or already downloaded.');
    return true;
  }
  const name = safeFileName(url.searchParams.get('name'));
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': name.endsWith('.tsv')
      ? 'text/tab-separated-values; charset=utf-8'
      : 'text/csv; charset=utf-8',
    'Content-Length': info.size,
    'Content-Disposition': attachmentHeader(name),
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  // Deleted only after a complete send, so an interrupted download can be retried.
  const sent = await pipeline(createReadStream(file), res).then(
    () => true,
    () => false,
  );
  if (sent) await rm(file, { force: true });
  return true;
};
