import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastListStats } from '../../../../electron/engine/fast-list/fast-s3-protocol';
import { clientPair, exact, send, type ListRequest } from './compare-clients';
import { startFixtureServer } from './list-fixture-server';
import { generatedPage } from './render-list-xml';

/**
 * The differential test over generated pages: the same response bytes, read by a client with the
 * SDK's protocol and by one with FastS3Protocol, give the same output (or the same error), down to
 * key order, Date values and $metadata, whether the fast parser read the page or handed it back.
 */
describe('FastS3Protocol on generated list pages', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let clients: ReturnType<typeof clientPair>;
  beforeAll(async () => {
    server = await startFixtureServer();
    clients = clientPair(server.url);
  });
  afterAll(() => server.stop());

  it('gives exactly the SDK output for every generated page', async () => {
    const before = { ...fastListStats };
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(generatedPage, async (page) => {
        server.serve({ status: 200, body: page.xml, headers: page.headers });
        const request: ListRequest =
          page.op === 'v2'
            ? { op: 'v2', input: { Bucket: 'demo-edge' } }
            : { op: 'versions', input: { Bucket: 'demo-versions' } };
        const sdk = await send(clients.sdk, request);
        const fast = await send(clients.fast, request);
        expect(exact(fast)).toBe(exact(sdk));
        expect(fast).toStrictEqual(sdk);
        seen.add(page.injection);
      }),
      { numRuns: 400 },
    );
    // Both paths were exercised: most pages read fast, the odd ones handed back.
    expect(fastListStats.fast - before.fast).toBeGreaterThan(150);
    expect(fastListStats.fallback - before.fallback).toBeGreaterThan(20);
    expect(seen.size).toBeGreaterThan(8);
  });
});
