import {
  existsSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { get } from 'node:http';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../../electron/hosts/browser/host';
import { exportDownloadRoute } from '../../../../electron/hosts/browser/export-download-route';
import type { Dispatcher } from '../../../../electron/service/dispatcher';

const noDispatcher: Dispatcher = {
  call: async () => ({
    ok: false,
    error: { code: 'INTERNAL', message: 'unused', retryable: false },
  }),
  cancel: () => undefined,
  closeConnection: () => undefined,
};

let dir: string;
let host: WebHost;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pagescope-downloads-'));
  host = await startWebHost({
    port: 0,
    rendererDir: '/nonexistent',
    dispatcher: () => noDispatcher,
    capabilityRoutes: [exportDownloadRoute(dir)],
    log: () => undefined,
  });
});
afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

const newId = () => randomBytes(18).toString('base64url');
const url = (id: string, extra = '') => `http://127.0.0.1:${host.port}/download/${id}${extra}`;
const exported = (content: string) => {
  const id = newId();
  writeFileSync(join(dir, `${id}.csv`), content, { mode: 0o600 });
  return id;
};

/** fetch() may not set Host; a DNS-rebinding page's request carries the attacker's name. */
const statusWithHost = (target: string, hostHeader: string) =>
  new Promise<number | undefined>((resolve, reject) => {
    get(target, { headers: { Host: hostHeader } }, (res) => {
      res.resume();
      resolve(res.statusCode);
    }).on('error', reject);
  });

describe('the export download route', () => {
  it('sends a finished export once, as an attachment with its exact size, and keeps no copy', async () => {
    const body = 'Key,Size\r\ncafé/menu.txt,12\r\n';
    const id = exported(body);
    const head = await fetch(url(id), { method: 'HEAD' });
    expect(head.status).toBe(200);
    const res = await fetch(url(id, `?name=${encodeURIComponent('demo-edge café.csv')}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="demo-edge caf_.csv"; filename*=UTF-8''demo-edge%20caf%C3%A9.csv`,
    );
    expect(await res.text()).toBe(body);
    expect(existsSync(join(dir, `${id}.csv`))).toBe(false);
    const again = await fetch(url(id));
    expect(again.status).toBe(404);
    expect(await again.text()).toContain('already downloaded');
  });

  it('is served once even when two requests race for it', async () => {
    const id = exported('rows');
    const statuses = await Promise.all(
      [fetch(url(id)), fetch(url(id))].map(async (r) => (await r).status),
    );
    expect(statuses.sort()).toEqual([200, 404]);
  });

  it('needs no token (the id is the credential) but still refuses a foreign Host or Origin', async () => {
    const id = exported('rows');
    expect(await statusWithHost(url(id), `evil.example:${host.port}`)).toBe(421);
    const foreign = await fetch(url(id), { headers: { Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(existsSync(join(dir, `${id}.csv`))).toBe(true);
    expect((await fetch(url(id))).status).toBe(200);
  });

  it('refuses ids outside the download id alphabet and length', async () => {
    expect((await fetch(url('..%2F..%2Fetc%2Fpasswd'))).status).toBe(400);
    expect((await fetch(url('a.b'))).status).toBe(400);
    expect((await fetch(url('short'))).status).toBe(400);
  });

  it('never serves a symlink planted in its folder', async () => {
    const id = newId();
    symlinkSync('/etc/hostname', join(dir, `${id}.csv`));
    const res = await fetch(url(id));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain(hostname());
    rmSync(join(dir, `${id}.csv`), { force: true });
  });

  it('waits for an export still being written and sends it once renamed', async () => {
    const id = newId();
    const target = join(dir, `${id}.csv`);
    writeFileSync(`${target}.abc.partial`, 'half');
    const pending = fetch(url(id));
    setTimeout(() => {
      writeFileSync(`${target}.abc.partial`, 'whole file');
      renameSync(`${target}.abc.partial`, target);
    }, 300);
    expect(await (await pending).text()).toBe('whole file');
  });

  it('answers 404 when the export was cancelled while waiting', async () => {
    const id = newId();
    const target = join(dir, `${id}.csv`);
    writeFileSync(`${target}.abc.partial`, 'half');
    const pending = fetch(url(id));
    setTimeout(() => rmSync(`${target}.abc.partial`), 300);
    expect((await pending).status).toBe(404);
    expect(readdirSync(dir).filter((n) => n.startsWith(id))).toEqual([]);
  });
});
