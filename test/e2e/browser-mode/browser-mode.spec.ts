import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import WebSocket from 'ws';
import { startBrowserModeHost, test, expect } from '../fixtures';

/** Opens a WebSocket to the host with the given URL and headers; resolves on open, rejects on refusal. */
const connect = (url: string, headers: Record<string, string> = {}) =>
  new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
    ws.once('error', reject);
  });

const callOver = (ws: WebSocket, frame: unknown) =>
  new Promise<Record<string, unknown>>((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(String(data)) as Record<string, unknown>));
    ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  });

/** A raw GET with an arbitrary Host header (fetch will not let a test forge one). */
const rawResponse = (port: number, path: string, headers: Record<string, string>) =>
  new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.once('error', reject);
    req.end();
  });

const rawGet = async (port: number, path: string, headers: Record<string, string>) =>
  (await rawResponse(port, path, headers)).status;

const builtAssets = () =>
  readdirSync(new URL('../../../dist/renderer/assets/', import.meta.url)).map(
    (f) => `/assets/${f}`,
  );

/** The session cookie the page's first load sets (name=value), read from Set-Cookie. */
const sessionCookie = async (port: number, token: string) => {
  const first = await rawResponse(port, `/?token=${token}`, {});
  const setCookie = first.headers['set-cookie'] ?? [];
  expect(setCookie).toHaveLength(1);
  return { header: setCookie[0]!, pair: setCookie[0]!.split(';')[0]! };
};

test.describe('started as the README says, with npm run web', () => {
  // The other tests start the same program without npm (fixtures.ts): this one runs the command.
  test.use({ hostCommand: 'npm run web' });

  test('the page renders and shows the Demo profile read through the contract', async ({
    page,
    host,
  }) => {
    expect(host.stdoutLines(), "npm's banner").toContainEqual(
      expect.stringMatching(/^> pagescope@\S+ web$/),
    );
    await page.goto(host.url);
    await expect(page.getByRole('combobox', { name: 'Profile' })).toContainText('Demo');
    await expect(page.getByRole('status').first()).toContainText('browser mode');
  });
});

test('the page and the socket are refused without the right token', async ({ host }) => {
  const base = `http://127.0.0.1:${host.port}`;
  expect(await rawGet(host.port, '/', {})).toBe(401);
  expect(await rawGet(host.port, '/?token=wrong', {})).toBe(401);
  expect(await rawGet(host.port, `/?token=${host.token}`, {})).toBe(200);
  await expect(connect(`${base.replace('http', 'ws')}/ws`)).rejects.toThrow('refused 401');
  await expect(connect(`${base.replace('http', 'ws')}/ws?token=nope`)).rejects.toThrow(
    'refused 401',
  );
});

test('a foreign Origin or Host is refused even with the token', async ({ host }) => {
  const wsUrl = `ws://127.0.0.1:${host.port}/ws?token=${host.token}`;
  await expect(connect(wsUrl, { Origin: 'http://evil.example' })).rejects.toThrow('refused 403');
  await expect(connect(wsUrl, { Host: 'evil.example' })).rejects.toThrow('refused 421');
  expect(await rawGet(host.port, `/?token=${host.token}`, { Host: 'evil.example' })).toBe(421);
  const good = await connect(wsUrl, { Origin: `http://127.0.0.1:${host.port}` });
  good.close();
});

test('a malformed argument gets BAD_REQUEST and the host keeps serving', async ({ host }) => {
  const ws = await connect(`ws://127.0.0.1:${host.port}/ws?token=${host.token}`);
  const bad = await callOver(ws, { id: 1, method: 'regions.list', input: { profile: 42 } });
  expect(bad).toMatchObject({
    kind: 'result',
    id: 1,
    result: { ok: false, error: { code: 'BAD_REQUEST' } },
  });
  const unknown = await callOver(ws, { id: 2, method: 'shell.exec', input: {} });
  expect(unknown).toMatchObject({ result: { ok: false, error: { code: 'BAD_REQUEST' } } });
  const garbage = await callOver(ws, '{not json');
  expect(garbage).toMatchObject({ result: { ok: false, error: { code: 'BAD_REQUEST' } } });
  const info = await callOver(ws, { id: 3, method: 'app.info', input: {} });
  expect(info).toMatchObject({
    id: 3,
    result: { ok: true, value: { name: 'PageScope', mode: 'browser' } },
  });
  ws.close();
});

test('responses carry the CSP and no CORS headers', async ({ host }) => {
  const response = await fetch(host.url);
  expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(response.headers.get('access-control-allow-origin')).toBeNull();
  const html = await response.text();
  expect(html).toContain('Content-Security-Policy');
});

test('after load the token lives in memory only: not in the address bar or history, and a reload still works', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: 'Profile' })).toContainText('Demo');
  expect(page.url()).not.toContain(host.token);
  expect(await page.evaluate(() => window.location.href)).not.toContain('token');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Profile' })).toContainText('Demo');
  await expect(page.getByRole('grid')).toBeVisible();
  expect(page.url()).not.toContain(host.token);
});

test('built assets need the token too, through an HttpOnly SameSite=Strict cookie', async ({
  host,
}) => {
  const assets = builtAssets();
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) expect(await rawGet(host.port, asset, {})).toBe(401);
  const cookie = await sessionCookie(host.port, host.token);
  expect(cookie.header).toMatch(/; HttpOnly/);
  expect(cookie.header).toMatch(/; SameSite=Strict/);
  expect(cookie.header).toMatch(/; Path=\//);
  expect(cookie.pair).not.toContain(host.token);
  for (const asset of assets) {
    expect(await rawGet(host.port, asset, { Cookie: cookie.pair })).toBe(200);
  }
  expect(await rawGet(host.port, assets[0]!, { Cookie: `${cookie.pair}x` })).toBe(401);
  // The cookie also opens the page itself (a reload) and the socket.
  expect(await rawGet(host.port, '/', { Cookie: cookie.pair })).toBe(200);
  const ws = await connect(`ws://127.0.0.1:${host.port}/ws`, { Cookie: cookie.pair });
  ws.close();
});

test('no source maps are built or served', async ({ host }) => {
  const cookie = await sessionCookie(host.port, host.token);
  for (const asset of builtAssets()) {
    expect(asset).not.toMatch(/\.map$/);
    const response = await rawResponse(host.port, asset, { Cookie: cookie.pair });
    expect(response.body).not.toContain('sourceMappingURL');
    expect(await rawGet(host.port, `${asset}.map`, { Cookie: cookie.pair })).toBe(404);
  }
});

test('messages name config files from ~, never by their absolute path', async () => {
  const home = mkdtempSync(join(tmpdir(), 'pagescope-paths-'));
  writeFileSync(join(home, 'config'), '[profile broken]\nregion = us-east-1\nnot a setting\n');
  const host = await startBrowserModeHost({
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
  });
  try {
    const ws = await connect(`ws://127.0.0.1:${host.port}/ws?token=${host.token}`);
    const frames = [
      await callOver(ws, { id: 1, method: 'profiles.list', input: {} }),
      await callOver(ws, { id: 2, method: 'regions.list', input: { profile: 'broken' } }),
    ];
    ws.close();
    expect(frames[0]).toMatchObject({ result: { value: { problems: [{ file: '~/config' }] } } });
    expect(frames[1]).toMatchObject({ result: { ok: false, error: { code: 'PROFILE_CONFIG' } } });
    expect(JSON.stringify(frames[1])).toContain('~/config');
    expect(JSON.stringify(frames)).not.toContain(home);
  } finally {
    host.stop();
    rmSync(home, { recursive: true, force: true });
  }
});
