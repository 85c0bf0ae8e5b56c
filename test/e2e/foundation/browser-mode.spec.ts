import { request as httpRequest } from 'node:http';
import WebSocket from 'ws';
import { test, expect } from '../fixtures';

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
const rawGet = (port: number, path: string, headers: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end();
  });

test('the page renders and shows the Demo profile read through the contract', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('combobox', { name: 'Profile' })).toContainText('Demo');
  await expect(page.getByRole('status').first()).toContainText('browser mode');
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
