import {
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  S3Client,
  type ListObjectsV2CommandInput,
  type ListObjectVersionsCommandInput,
} from '@aws-sdk/client-s3';
import { FastS3Protocol } from '../../../../electron/engine/fast-list/fast-s3-protocol';
import { demoCredentials } from '../../endpoint/endpoint-clients';

/** The same client twice: the SDK's own protocol, and FastS3Protocol. */
export const clientPair = (url: string) => {
  const config = {
    endpoint: url,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: demoCredentials,
    maxAttempts: 1,
  };
  return { sdk: new S3Client(config), fast: new S3Client({ ...config, protocol: FastS3Protocol }) };
};

export type Outcome =
  | { ok: Record<string, unknown> }
  | { error: { name: string; message: string; status: number | undefined } };

const settle = (call: Promise<object>): Promise<Outcome> =>
  call.then(
    (ok) => ({ ok: ok as Record<string, unknown> }),
    (e: { name: string; message: string; $metadata?: { httpStatusCode?: number } }) => ({
      error: { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode },
    }),
  );

export type ListRequest =
  | { op: 'v2'; input: ListObjectsV2CommandInput }
  | { op: 'versions'; input: ListObjectVersionsCommandInput };

export const send = (client: S3Client, request: ListRequest): Promise<Outcome> =>
  settle(
    request.op === 'v2'
      ? client.send(new ListObjectsV2Command(request.input))
      : client.send(new ListObjectVersionsCommand(request.input)),
  );

/**
 * Order-sensitive text of an outcome: JSON with Dates marked as Dates (by time value) and
 * undefined values kept, so key order, types and absent members all count.
 */
export const exact = (outcome: Outcome): string =>
  JSON.stringify(outcome, function (this: Record<string, unknown>, key, value: unknown) {
    const original = this[key];
    if (original instanceof Date) return `Date(${original.getTime()})`;
    return value === undefined ? '<undefined>' : value;
  });

/** Request ids differ between two requests to the endpoint; everything else must not. */
export const withoutRequestIds = (outcome: Outcome): Outcome => {
  if (!('ok' in outcome)) return outcome;
  const metadata = outcome.ok.$metadata as Record<string, unknown>;
  const { requestId, extendedRequestId, ...rest } = metadata;
  return {
    ok: {
      ...outcome.ok,
      $metadata: { ...rest, ids: typeof requestId === 'string' && typeof extendedRequestId },
    },
  };
};
