import { build } from 'esbuild';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  eventNames,
  ipcCancelChannel,
  ipcChannel,
  ipcProgressChannel,
  methodNames,
} from '../../../../shared/contract';
import { createElectronStandIn } from './electron-stand-in';

const standIn = vi.hoisted(() => ({
  current: null as ReturnType<typeof createElectronStandIn> | null,
}));
vi.mock('electron', () => {
  standIn.current = createElectronStandIn();
  return { ...standIn.current.electron, default: standIn.current.electron };
});

const preloadSource = 'electron/hosts/electron/preload.ts';
type Bridge = Record<string, (...args: unknown[]) => unknown>;
let bridge: Bridge;

beforeAll(async () => {
  await import('../../../../electron/hosts/electron/preload');
  bridge = standIn.current!.exposed.get('pagescope') as Bridge;
});

describe("the preload's bridge", () => {
  it('exposes exactly the contract methods, cancel, on and onProgress', () => {
    expect(Object.keys(bridge).sort()).toEqual(
      [...methodNames, 'cancel', 'on', 'onProgress'].sort(),
    );
  });

  it("invokes a method's own channel with its input and call id; cancel sends the id", async () => {
    await bridge['view.page']!({ spec: {}, cursor: null }, 7);
    bridge.cancel!(7);
    expect(standIn.current!.rendererSent).toEqual([
      ['invoke', ipcChannel('view.page'), { spec: {}, cursor: null }, 7],
      ['send', ipcCancelChannel, 7],
    ]);
  });

  it('passes progress reports on with their call id, until unsubscribed', () => {
    const seen: unknown[] = [];
    const off = bridge.onProgress!((callId: unknown, progress: unknown) =>
      seen.push([callId, progress]),
    ) as () => void;
    const [forward] = standIn.current!.rendererListeners.get(ipcProgressChannel)!;
    forward!({}, 3, { pages: 1 });
    off();
    expect(standIn.current!.rendererListeners.get(ipcProgressChannel)!.size).toBe(0);
    expect(seen).toEqual([[3, { pages: 1 }]]);
  });

  it('refuses events the contract does not name', () => {
    expect(() => bridge.on!('not.an.event', () => undefined)).toThrow(TypeError);
    expect(() => bridge.on!(eventNames[0], () => undefined)).not.toThrow();
  });

  it('bundles without zod or any other dependency but electron', async () => {
    const bundle = await build({
      entryPoints: [preloadSource],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      metafile: true,
    });
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.filter((path) => path.includes('node_modules'))).toEqual([]);
    expect(bundle.outputFiles[0]!.text.length).toBeLessThan(10_000);
  });
});
