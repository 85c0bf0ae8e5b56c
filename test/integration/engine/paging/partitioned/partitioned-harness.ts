import { S3Client } from '@aws-sdk/client-s3';
import type { RunningEndpoint } from '../../../../../electron/endpoint/server';
import { FastS3Protocol } from '../../../../../electron/engine/fast-list/fast-s3-protocol';
import {
  createPageSource,
  type PageSource,
} from '../../../../../electron/engine/paging/page-source';
import { createPartitionedPageSource } from '../../../../../electron/engine/paging/partitioned/partitioned-page-source';
import {
  REQUEST_SIZE,
  s3ListingOpener,
} from '../../../../../electron/engine/paging/partitioned/s3-listing-opener';
import type { TokenValues } from '../../../../../electron/engine/paging/resume-token';
import { s3Objects } from '../../../../../electron/engine/resources/s3-objects';
import { demoCredentials } from '../../../endpoint/endpoint-clients';

const errors = {
  profile: 'test',
  kind: 'static' as const,
  operation: s3Objects.operation,
  target: 'bucket',
  region: 'us-east-1',
};
const retry = { attempts: 10, baseMs: 5, capMs: 50 };

/** The engine's S3 client shape, with a count of requests it sends. */
export const countingClient = (endpoint: RunningEndpoint) => {
  const client = new S3Client({
    endpoint: endpoint.url,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: demoCredentials,
    maxAttempts: 1,
    protocol: FastS3Protocol,
  });
  // Counted when a request is started (send() runs the initialize step synchronously), so a
  // request started after an abort is counted even though the SDK would then refuse to send it.
  const sent = { count: 0, inFlight: 0, maxInFlight: 0, idle: Promise.resolve() };
  let settle = () => {};
  client.middlewareStack.add(
    (next) => async (args) => {
      sent.count += 1;
      if (sent.inFlight++ === 0) sent.idle = new Promise<void>((resolve) => (settle = resolve));
      sent.maxInFlight = Math.max(sent.maxInFlight, sent.inFlight);
      try {
        return await next(args);
      } finally {
        if (--sent.inFlight === 0) settle();
      }
    },
    { step: 'initialize', name: 'countRequests', priority: 'high' },
  );
  return { client, sent };
};

export interface Sources {
  sequential: PageSource;
  partitioned: PageSource;
}

/** The engine's plain page source and the partitioned one over it, for one bucket and prefix. */
export const sources = (
  client: S3Client,
  bucket: string,
  options: {
    prefix?: string;
    pageSize?: number;
    parallel?: number | null;
    ahead?: number;
    /** Entries per discovery request: small values make discovery meet truncated levels. */
    splitRequestSize?: number;
  } = {},
): Sources => {
  const pageSize = options.pageSize ?? 1000;
  const params = { bucket, ...(options.prefix ? { prefix: options.prefix } : {}) };
  const sequential = createPageSource({
    resource: s3Objects,
    client,
    params,
    pageSize,
    errors,
    retry,
  });
  const partitioned = createPartitionedPageSource({
    open: s3ListingOpener({ resource: s3Objects, client, bucket, errors, retry }),
    bucket,
    prefix: options.prefix ?? '',
    pageSize,
    parallel: options.parallel === undefined ? 16 : options.parallel,
    ahead: options.ahead ?? 4,
    requestSize: REQUEST_SIZE,
    ...(options.splitRequestSize ? { splitRequestSize: options.splitRequestSize } : {}),
    plain: sequential,
  });
  return { sequential, partitioned };
};

export interface Walk {
  items: Array<Record<string, unknown>>;
  pages: number;
  lastTokens: TokenValues | null;
}

/** Follows a page source from `tokens` to the end (or `maxPages`), as the engine's cursor does. */
export const walk = async (
  source: PageSource,
  signal: AbortSignal = new AbortController().signal,
  tokens: TokenValues | null = null,
  maxPages = Infinity,
): Promise<Walk> => {
  const out: Walk = { items: [], pages: 0, lastTokens: tokens };
  for (let at = tokens; out.pages < maxPages;) {
    const page = await source(at, signal);
    out.pages += 1;
    for (const item of (page.Contents as Array<Record<string, unknown>> | undefined) ?? [])
      out.items.push(item);
    if (page.IsTruncated !== true) return { ...out, lastTokens: null };
    at = { ContinuationToken: page.NextContinuationToken as string };
    out.lastTokens = at;
  }
  return out;
};

/** Items as comparable text: every field, in order, Dates included. */
export const text = (items: Array<Record<string, unknown>>): string[] =>
  items.map((item) => JSON.stringify(item));
