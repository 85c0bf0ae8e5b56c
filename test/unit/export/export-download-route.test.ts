import { mkdirSync, readdirSync, rmSync, writeFileSync, renameSync, existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web/host';
import { exportDownloadRoute } from '../../../electron/web/export-download-route';
import { browserExportPath, browserExportsDir } from '../../../electron/export/export-paths';
import type { Dispatcher } from '../../../electron/api/dispatcher';

const noDispatcher: Dispatcher = {
  call: async () => ({
    ok: false,
    error: { code: 'INTERNAL', message: 'unused', retryable: false },
  }),
  closeConnection: () => undefined,
};

let host: WebHost;
beforeAll(async () => {
  mkdirSync(browserExportsDir(), { recursive: true });
  host = await startWebHost({
    port: 0,
    rendererDir: '/nonexistent',
    dispatcher: () => noDispatcher,
    routes: [exportDownloadRoute],
    log: () => undefined,
  });
});
afterAll(() => host.close());

const url = (jobId: string, extra = '') =>
  `http://127.0.0.1:${host.port}/download/${jobId}?token=${host.token}${extra}`;
const jobFile = (content: string) => {
  const jobId = `test-${randomUUID()}`;
  writeFileSync(browserExportPath(jobId), content);
  return jobId;
};

describe('the export download route', () => {
  it('sends a finished export as an attachment with its exact size, then deletes it', async () => {
    const body = 'Key,Size\r\ncafé/menu.txt,12\r\n';
    const jobId = jobFile(body);
    const res = await fetch(url(jobId, `&name=${encodeURIComponent('demo-edge café.csv')}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="demo-edge caf_.csv"; filename*=UTF-8''demo-edge%20caf%C3%A9.csv`,
    );
    expect(await res.text()).toBe(body);
    // Deleted once the host has sent the last byte, which is just after the client read it.
    await expect.poll(() => existsSync(browserExportPath(jobId))).toBe(false);
    expect((await fetch(url(jobId))).status).toBe(404);
  });

  it('needs the token', async () => {
    const jobId = jobFile('secret rows');
    const res = await fetch(`http://127.0.0.1:${host.port}/download/${jobId}`);
    expect(res.status).toBe(401);
    expect(existsSync(browserExportPath(jobId))).toBe(true);
    rmSync(browserExportPath(jobId));
  });

  it('refuses ids outside the job id alphabet', async () => {
    expect((await fetch(url('..%2F..%2Fetc%2Fpasswd'))).status).toBe(400);
    expect((await fetch(url('a.b'))).status).toBe(400);
  });

  it('waits for an export still being written and sends it once renamed', async () => {
    const jobId = `test-${randomUUID()}`;
    const target = browserExportPath(jobId);
    writeFileSync(`${target}.partial`, 'half');
    const pending = fetch(url(jobId));
    setTimeout(() => {
      writeFileSync(`${target}.partial`, 'whole file');
      renameSync(`${target}.partial`, target);
    }, 300);
    const res = await pending;
    expect(await res.text()).toBe('whole file');
  });

  it('answers 404 when the export was cancelled while waiting', async () => {
    const jobId = `test-${randomUUID()}`;
    const target = browserExportPath(jobId);
    writeFileSync(`${target}.partial`, 'half');
    const pending = fetch(url(jobId));
    setTimeout(() => rmSync(`${target}.partial`), 300);
    expect((await pending).status).toBe(404);
    expect(readdirSync(browserExportsDir()).filter((n) => n.startsWith(jobId))).toEqual([]);
  });
});
