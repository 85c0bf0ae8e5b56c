import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcCancelChannel, ipcChannel, methodNames } from '../../../../shared/contract';
import {
  appEntryUrl,
  windowOptions,
} from '../../../../electron/hosts/electron/shell/window-options';
import { createElectronStandIn } from './electron-stand-in';

const standIn = vi.hoisted(() => ({
  current: null as ReturnType<typeof createElectronStandIn> | null,
}));
vi.mock('electron', () => {
  standIn.current = createElectronStandIn();
  return { ...standIn.current.electron, default: standIn.current.electron };
});

// Run from source, the renderer's own folder stands in for the built one.
vi.mock('../../../../electron/hosts/electron/shell/renderer-dir', () => ({
  rendererDir: join(import.meta.dirname, '../../../../renderer'),
}));

const electronDir = join(import.meta.dirname, '../../../../electron/hosts/electron');
const stand = () => standIn.current!;
let callsBeforeReady: string[] = [];

beforeAll(async () => {
  await import('../../../../electron/hosts/electron/main');
  callsBeforeReady = [...stand().calls];
  stand().ready();
  await vi.waitFor(() => expect(stand().windows).toHaveLength(1));
});

describe("electron/hosts/electron/main.ts's start-up, against a recording stand-in of electron", () => {
  it('registers app:// as a privileged scheme before the app is ready, and nothing else yet', () => {
    expect(callsBeforeReady).toContain('protocol.registerSchemesAsPrivileged');
    expect(callsBeforeReady).toContain('app.on web-contents-created');
    expect(callsBeforeReady.some((c) => c.startsWith('protocol.handle'))).toBe(false);
    expect(callsBeforeReady).not.toContain('new BrowserWindow');
    expect(stand().privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('once ready: serves app:// for its own host only, and denies every permission', async () => {
    const calls = stand().calls;
    expect(calls.indexOf('protocol.handle app')).toBeLessThan(calls.indexOf('new BrowserWindow'));
    const handler = stand().protocolHandlers.get('app')!;
    expect((await handler({ url: 'app://pagescope/index.html' })).status).toBe(200);
    expect((await handler({ url: 'app://evil/index.html' })).status).toBe(404);
    const granted: boolean[] = [];
    stand().permission.request!({}, 'media', (g) => granted.push(g));
    expect(granted).toEqual([false]);
    expect(stand().permission.check!({}, 'clipboard-read')).toBe(false);
  });

  it('installs one IPC handler per contract method, each refusing other senders', async () => {
    expect([...stand().ipcHandlers.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort());
    const handler = stand().ipcHandlers.get(ipcChannel('app.info'))!;
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} };
    expect(await handler(foreign, {})).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('takes a call id with each call and a cancel by id, from its own window only', async () => {
    expect([...stand().ipcListeners.keys()]).toEqual([ipcCancelChannel]);
    const own = {
      senderFrame: { url: 'app://pagescope/index.html', parent: null },
      sender: { id: 1, isDestroyed: () => false, send: () => undefined, once: () => undefined },
    };
    const handler = stand().ipcHandlers.get(ipcChannel('app.info'))!;
    expect(await handler(own, {}, 'not-an-id')).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: 'A call id is a non-negative integer.' },
    });
    // Past the sender and id checks the call reaches the engine worker (not built here).
    const answered = (await handler(own, {}, 1)) as { error?: { code: string } };
    expect(answered.error?.code).not.toBe('BAD_REQUEST');
    // A cancel of an unknown id, or from a foreign frame, is ignored without a throw.
    const cancel = stand().ipcListeners.get(ipcCancelChannel)!;
    expect(() => cancel(own, 999)).not.toThrow();
    expect(() =>
      cancel({ ...own, senderFrame: { url: 'https://evil.example/', parent: null } }, 1),
    ).not.toThrow();
  });

  it("opens one window with the hardened options, packaged (no devTools), on the app's entry", () => {
    const [window] = stand().windows;
    expect(window!.options).toEqual(
      windowOptions(join(electronDir, 'preload.cjs'), { packaged: true }),
    );
    expect(window!.options).toMatchObject({ webPreferences: { devTools: false, sandbox: true } });
    expect(window!.loaded).toEqual([appEntryUrl]);
  });

  it('denies navigation, redirects, webviews and new windows in every web contents', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
    let openHandler: (details: { url: string }) => { action: string } = () => ({ action: '' });
    const contents = {
      on: (name: string, listener: (event: { preventDefault(): void }) => void) =>
        listeners.set(name, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    };
    stand().appListeners.get('web-contents-created')!({}, contents);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      listeners.get(name)!({ preventDefault });
      expect(preventDefault, name).toHaveBeenCalled();
    }
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'https://console.aws.amazon.com/s3/home' })).toEqual({
      action: 'deny',
    });
    expect(stand().opened).toEqual(['https://console.aws.amazon.com/s3/home']);
  });
});
