import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../shared/contract';
import { collect, useLocalProfile } from '../paging/engine-harness';
import { listXml, sendXml, startHostileServer, type Script } from './hostile-s3-server';

const retry = { attempts: 2, baseMs: 1, capMs: 1 };
const view = {
  profile: 'local',
  region: 'us-east-1',
  resource: 's3-objects',
  params: { bucket: 'b' },
};

let server: Awaited<ReturnType<typeof startHostileServer>> | null = null;
const serve = async (script: Script) => {
  server = await startHostileServer(script);
  await useLocalProfile(server.url);
  return server;
};
afterEach(async () => {
  await server?.stop();
  server = null;
});

const failureOf = async (): Promise<ApiFailure> => {
  const error = await collect(view, { retry }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiFailure);
  return error as ApiFailure;
};

const head = (res: ServerResponse) => res.writeHead(200, { 'content-type': 'application/xml' });
const ENTRY =
  '<Contents><Key>k</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified><Size>1</Size></Contents>';

describe('a response larger than the cap', () => {
  beforeEach(() => {
    process.env.PAGESCOPE_MAX_RESPONSE_MB = '1';
  });
  afterEach(() => {
    delete process.env.PAGESCOPE_MAX_RESPONSE_MB;
  });

  it('stops reading at the cap and says so, without retrying the same answer', async () => {
    const s = await serve((_req, res) => {
      head(res);
      res.write('<ListBucketResult><IsTruncated>false</IsTruncated>');
      const chunk = ENTRY.repeat(500);
      // Endless, until the client goes away.
      const more = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', more);
      };
      res.on('close', () => res.destroy());
      more();
    });
    const failure = await failureOf();
    expect(failure.apiError).toMatchObject({ code: 'LIMIT_EXCEEDED', retryable: false });
    expect(failure.apiError.message).toMatch(/larger than 1 MiB.*PAGESCOPE_MAX_RESPONSE_MB/);
    expect(s.requests()).toBe(1);
    expect(s.bytes()).toBeLessThan(16 * 2 ** 20);
  });

  it('refuses a declared Content-Length over the cap before reading the body', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml', 'content-length': 500 * 2 ** 20 });
      res.write('<ListBucketResult>');
    });
    const failure = await failureOf();
    expect(failure.apiError.code).toBe('LIMIT_EXCEEDED');
    expect(s.requests()).toBe(1);
  });
});

describe('a server that stops sending or drips', () => {
  beforeEach(() => {
    process.env.PAGESCOPE_IDLE_TIMEOUT_S = '0.3';
    process.env.PAGESCOPE_REQUEST_DEADLINE_S = '1';
  });
  afterEach(() => {
    delete process.env.PAGESCOPE_IDLE_TIMEOUT_S;
    delete process.env.PAGESCOPE_REQUEST_DEADLINE_S;
  });

  it('gives up on a silent response after the idle timeout, retried as a network error', async () => {
    const s = await serve((_req, res) => {
      head(res);
      res.write('<ListBucketResult>');
    });
    const failure = await failureOf();
    expect(failure.apiError).toMatchObject({ code: 'NETWORK', retryable: true });
    expect(failure.apiError.message).toMatch(/no data from the server for 0\.3 s/);
    // Each page is retried (2 attempts), and the listing reopened 3 times.
    expect(s.requests()).toBe(8);
  });

  it('gives up on a server that never sends its headers', async () => {
    const s = await serve(() => undefined);
    const failure = await failureOf();
    expect(failure.apiError).toMatchObject({ code: 'NETWORK', retryable: true });
    expect(failure.apiError.message).toMatch(/no data from the server for 0\.3 s/);
    expect(s.requests()).toBe(8);
  });

  it('gives up on a response dripping a byte at a time at the request deadline', async () => {
    const s = await serve((_req, res) => {
      head(res);
      const timer = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(timer));
    });
    const failure = await failureOf();
    expect(failure.apiError).toMatchObject({ code: 'NETWORK', retryable: true });
    expect(failure.apiError.message).toMatch(/took longer than 1 s/);
    expect(s.requests()).toBe(8);
  });

  it('lists every row when only the first answer stalls', async () => {
    await serve((req, res) => {
      if (req.n === 0) return head(res);
      sendXml(res, listXml(['a', 'b']));
    });
    const { rows } = await collect(view, { retry });
    expect(rows.map((r) => r[0])).toEqual(['a', 'b']);
  });
});

describe('deeply nested XML', () => {
  it('is refused with a clear error, not a stack overflow', async () => {
    const depth = 100_000;
    await serve((_req, res) =>
      sendXml(
        res,
        `<ListBucketResult>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</ListBucketResult>`,
      ),
    );
    const failure = await failureOf();
    expect(failure.apiError.code).toBe('SERVICE_ERROR');
    expect(failure.apiError.message).toMatch(/XML nested deeper than \d+ levels/);
  });

  it('also when the server calls it JSON: the client’s protocol decides what is metered', async () => {
    const depth = 100_000;
    await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`<ListBucketResult>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</ListBucketResult>`);
    });
    const failure = await failureOf();
    expect(failure.apiError.message).toMatch(/XML nested deeper than \d+ levels/);
  });

  it('in an error response too', async () => {
    const depth = 100_000;
    await serve((_req, res) =>
      sendXml(res, `<Error>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</Error>`, 400),
    );
    const failure = await failureOf();
    expect(failure.apiError.message).toMatch(/XML nested deeper than \d+ levels/);
  });
});
