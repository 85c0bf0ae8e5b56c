import { constants } from 'node:fs';
import { lstat, open, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { ServerResponse } from 'node:http';
import type { HostRoute } from './host';
import { securityHeaders } from '../common/security-headers';
import { attachmentHeader, safeFileName } from '../../engine/export/content-disposition';
import { downloadFilePath, isDownloadId } from '../../engine/export/export-paths';
import { waitForFinishedExport } from '../../engine/export/finished-export';

const answer = (res: ServerResponse, status: number, message: string) => {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${message}\n`);
};

const GONE = 'No such export: it was cancelled, failed or already downloaded.';
const READ_EXISTING = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * GET /download/ID?name=FILE.csv: a finished browser-mode export, as an attachment, once. ID was
 * chosen main-side when the export started and reached only the tab that started it; the file is
 * looked for in this host's own folder only, so another host's id finds nothing here. The file
 * is opened (never through a symlink) and removed before its first byte is sent: the id works
 * once and nothing stays behind, even when the transfer breaks off.
 */
export const exportDownloadRoute = (dir: string): HostRoute => {
  const claimed = new Set<string>();
  return async (req, res, url) => {
    const match = /^\/download\/([^/]+)$/.exec(url.pathname);
    if (!match) return false;
    const downloadId = match[1]!;
    if (!isDownloadId(downloadId)) {
      answer(res, 400, 'Bad export id');
      return true;
    }
    const closed = new AbortController();
    res.once('close', () => closed.abort());
    const target = downloadFilePath(dir, downloadId);
    const file = claimed.has(downloadId)
      ? null
      : await waitForFinishedExport(target, closed.signal);
    if (!file || claimed.has(downloadId)) {
      if (!res.destroyed) answer(res, 404, GONE);
      return true;
    }
    const name = safeFileName(url.searchParams.get('name'));
    const headers = (size: number) => ({
      ...securityHeaders,
      'Content-Type': name.endsWith('.tsv')
        ? 'text/tab-separated-values; charset=utf-8'
        : 'text/csv; charset=utf-8',
      'Content-Length': size,
      'Content-Disposition': attachmentHeader(name),
    });
    if (req.method === 'HEAD') {
      const info = await lstat(file).catch(() => null);
      if (info?.isFile()) res.writeHead(200, headers(info.size)).end();
      else answer(res, 404, GONE);
      return true;
    }
    claimed.add(downloadId);
    const handle = await open(file, READ_EXISTING).catch(() => null);
    await rm(file, { force: true });
    const info = await handle?.stat();
    if (!handle || !info?.isFile()) {
      await handle?.close();
      answer(res, 404, GONE);
      return true;
    }
    res.writeHead(200, headers(info.size));
    await pipeline(handle.createReadStream(), res).catch(() => undefined);
    return true;
  };
};
