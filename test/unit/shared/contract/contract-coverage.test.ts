import { describe, expect, it } from 'vitest';
import { contract, eventNames, events, methodNames } from '../../../../shared/contract';
import { createHandlers } from '../../../../electron/service/handlers';
import { createWebSocketBridge } from '../../../../renderer/api/websocket-client';
import { createContractClient } from '../../../../renderer/api/contract-client';
import type { HostServices } from '../../../../electron/service/host-services';

const host: HostServices = {
  mode: 'browser',
  version: '0.0.0-test',
  chooseSavePath: async () => null,
  revealFile: async () => false,
  newDownload: () => null,
};

describe('the contract', () => {
  it('has a main-side handler for every method', () => {
    const handled = Object.keys(createHandlers(host)).sort();
    expect(handled).toEqual([...methodNames].sort());
  });

  it('has a bridge and a client function for every method, plus cancel and the pushes', () => {
    const bridge = createWebSocketBridge('ws://127.0.0.1:1/ws');
    for (const name of methodNames) expect(typeof bridge[name]).toBe('function');
    expect(typeof bridge.cancel).toBe('function');
    expect(typeof bridge.onProgress).toBe('function');
    const client = createContractClient(bridge);
    for (const name of methodNames) expect(typeof client[name]).toBe('function');
    expect(typeof client.on).toBe('function');
  });

  it('declares every method and event with a summary', () => {
    for (const name of methodNames) expect(contract[name].summary.length).toBeGreaterThan(10);
    for (const name of eventNames) expect(events[name].summary.length).toBeGreaterThan(10);
  });
});
