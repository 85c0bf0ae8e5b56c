import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/contract';
import { startWebHost, type WebHost } from '../../../../electron/hosts/browser/host';

const rendererDir = mkdtempSync(join(tmpdir(), 'pagescope-renderer-'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>PageScope</title>');

let host: WebHost | null = null;
const opened: Socket[] = [];
afterEach(async () => {
  for (const socket of opened.splice(0)) socket.destroy();
  await host?.close();
  host = null;
});

const start = async (limits: { maxConnections: number; headersTimeoutMs: number }) =>
  (host = await startWebHost({
    port: 0,
    rendererDir,
    dispatcher: () => ({
      call: async () => ok(null),
      cancel: () => undefined,
      closeConnection: () => undefined,
    }),
    log: () => undefined,
    ...limits,
  }));

/** A raw TCP connection that has sent `text`; resolves once connected. */
const openSocket = async (port: number, text = '') => {
  const socket = connect(port, '127.0.0.1');
  opened.push(socket);
  socket.on('error', () => undefined);
  socket.resume();
  await once(socket, 'connect');
  if (text) socket.write(text);
  return socket;
};

const closed = (socket: Socket) =>
  new Promise<void>((resolve) => {
    if (socket.destroyed || socket.readableEnded) resolve();
    socket.once('close', () => resolve());
  });

describe('browser-mode host limits', () => {
  it('closes a connection whose headers do not arrive in time', async () => {
    const web = await start({ maxConnections: 8, headersTimeoutMs: 1_000 });
    const slow = await openSocket(web.port, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const started = Date.now();
    await closed(slow);
    // Node checks header timeouts on an interval; well under its 60-second default is the point.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses connections beyond the cap and serves again once they close', async () => {
    const web = await start({ maxConnections: 4, headersTimeoutMs: 10_000 });
    const held = await Promise.all(
      [1, 2, 3, 4].map(() => openSocket(web.port, 'GET / HTTP/1.1\r\n')),
    );
    const extra = await openSocket(web.port);
    await closed(extra);
    for (const socket of held) socket.destroy();
    await Promise.all(held.map(closed));
    await expect.poll(async () => (await fetch(web.url)).status, { timeout: 5_000 }).toBe(200);
  });
});
