import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';

let endpoint: RunningEndpoint;
beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 10 });
});
afterAll(() => endpoint.stop());

/** Listening sockets on `port` as the kernel lists them (local address in hex, little-endian). */
const listeners = (port: number): string[] =>
  ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    readFileSync(table, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter(
        (fields) =>
          fields[3] === '0A' &&
          fields[1]?.endsWith(`:${port.toString(16).toUpperCase().padStart(4, '0')}`),
      )
      .map((fields) => fields[1]!.split(':')[0]!),
  );

describe('where the endpoint listens', () => {
  it('binds 127.0.0.1 only, never all interfaces', () => {
    expect(endpoint.url).toBe(`http://127.0.0.1:${endpoint.port}`);
    expect(listeners(endpoint.port)).toEqual(['0100007F']);
  });
});
