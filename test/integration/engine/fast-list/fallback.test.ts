import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastListStats } from '../../../../electron/engine/fast-list/fast-s3-protocol';
import { clientPair, exact, send, type ListRequest } from './compare-clients';
import { startFixtureServer } from './list-fixture-server';

const NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const page = (extra: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="${NS}"><Name>b</Name>` +
  `<Prefix></Prefix><KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>` +
  `<Contents><Key>k&amp;1</Key><LastModified>2024-01-02T03:04:05.000Z</LastModified>` +
  `<ETag>"e"</ETag><Size>5</Size><StorageClass>STANDARD</StorageClass>${extra}</Contents>` +
  `</ListBucketResult>`;

const v2: ListRequest = { op: 'v2', input: { Bucket: 'b' } };

describe('FastS3Protocol fallback to the SDK', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let clients: ReturnType<typeof clientPair>;
  beforeAll(async () => {
    server = await startFixtureServer();
    clients = clientPair(server.url);
  });
  afterAll(() => server.stop());

  const both = async () => {
    const sdk = await send(clients.sdk, v2);
    const counts = { ...fastListStats };
    const fast = await send(clients.fast, v2);
    return {
      sdk,
      fast,
      path:
        fastListStats.fast > counts.fast
          ? 'fast'
          : fastListStats.fallback > counts.fallback
            ? 'sdk'
            : 'none',
    };
  };

  it('reads a plain page itself', async () => {
    server.serve({ status: 200, body: page('') });
    const { sdk, fast, path } = await both();
    expect(path).toBe('fast');
    expect(exact(fast)).toBe(exact(sdk));
  });

  it('hands a page with an element it does not know to the SDK, which ignores it', async () => {
    server.serve({ status: 200, body: page('<ObjectLockMode>GOVERNANCE</ObjectLockMode>') });
    const { sdk, fast, path } = await both();
    expect(path).toBe('sdk');
    expect(exact(fast)).toBe(exact(sdk));
    expect(fast).toMatchObject({ ok: { Contents: [{ Key: 'k&1', Size: 5 }] } });
  });

  it('hands malformed XML to the SDK and fails as it does', async () => {
    server.serve({ status: 200, body: page('').slice(0, -40) });
    const { sdk, fast, path } = await both();
    expect(path).toBe('sdk');
    expect('error' in fast).toBe(true);
    expect(fast).toStrictEqual(sdk);
  });

  it('leaves error statuses and errors sent with 200 to the SDK', async () => {
    const error = `<Error><Code>SlowDown</Code><Message>Reduce your request rate.</Message></Error>`;
    for (const status of [503, 200]) {
      server.serve({ status, body: error });
      const { sdk, fast } = await both();
      expect(fast).toMatchObject({ error: { name: 'SlowDown', status: 503 } });
      expect(fast).toStrictEqual(sdk);
    }
  });
});
