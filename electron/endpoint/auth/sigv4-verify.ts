import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { getCanonicalHeaders, getCanonicalQuery, UNSIGNED_PAYLOAD } from '@smithy/signature-v4';
import type { ParsedRequest } from '../http/parsed-request';
import { parseAuthorization, type AuthorizationHeader } from './authorization-header';
import type { CredentialStore, Identity } from './credential-store';

/**
 * Verifies AWS Signature Version 4 on a header-signed request by recomputing it, the way the
 * service does. https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 * The query and header canonicalisation come from @smithy/signature-v4, the SDK's own signer.
 */
export type AuthProblem =
  | { kind: 'missing' }
  | { kind: 'malformed'; detail: string }
  | { kind: 'unknown-key'; accessKeyId: string }
  | { kind: 'bad-token' }
  | { kind: 'expired-token' }
  | { kind: 'skewed'; requestTime: string }
  | { kind: 'missing-content-sha' }
  | { kind: 'content-sha-mismatch'; claimed: string; actual: string }
  | {
      kind: 'mismatch';
      accessKeyId: string;
      signatureProvided: string;
      stringToSign: string;
      canonicalRequest: string;
    };

export type AuthOutcome = { ok: true; identity: Identity } | { ok: false; problem: AuthProblem };

const MAX_SKEW_MS = 15 * 60 * 1000;
const sha256Hex = (data: string | Buffer): string =>
  createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer =>
  createHmac('sha256', key).update(data).digest();

// Non-S3 services sign the path URI-encoded twice; S3 signs it as sent.
const rfc3986 = (segment: string): string =>
  encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
const canonicalPath = (rawPath: string, service: string): string =>
  service === 's3' ? rawPath : rawPath.split('/').map(rfc3986).join('/');

const canonicalQuery = (request: ParsedRequest): string => {
  const query: Record<string, string[]> = {};
  for (const [key, value] of request.query) (query[key] ??= []).push(value);
  return getCanonicalQuery({ query } as never);
};

const canonicalRequestOf = (
  request: ParsedRequest,
  auth: AuthorizationHeader,
  payloadHash: string,
) => {
  const signed: Record<string, string> = {};
  for (const name of auth.signedHeaders) signed[name] = request.headers[name] ?? '';
  const canonical = getCanonicalHeaders(
    { headers: signed } as never,
    undefined,
    new Set(auth.signedHeaders),
  );
  return [
    request.method,
    canonicalPath(request.rawPath, auth.service),
    canonicalQuery(request),
    ...auth.signedHeaders.map((name) => `${name}:${canonical[name] ?? ''}`),
    '',
    auth.signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
};

const signingKey = (secret: string, auth: AuthorizationHeader): Buffer =>
  [auth.date, auth.region, auth.service, 'aws4_request'].reduce<Buffer | string>(
    (key, part) => hmac(key, part),
    `AWS4${secret}`,
  ) as Buffer;

const amzDate = (value: string | undefined): number | null => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : null;
};

const payloadHashOf = (request: ParsedRequest, service: string): AuthOutcome | string => {
  const claimed = request.headers['x-amz-content-sha256'];
  if (claimed === undefined) {
    return service === 's3'
      ? { ok: false, problem: { kind: 'missing-content-sha' } }
      : sha256Hex(request.body);
  }
  if (claimed === UNSIGNED_PAYLOAD) return claimed;
  const actual = sha256Hex(request.body);
  if (claimed !== actual)
    return { ok: false, problem: { kind: 'content-sha-mismatch', claimed, actual } };
  return claimed;
};

export const verifySigV4 = (
  request: ParsedRequest,
  store: CredentialStore,
  now: number,
): AuthOutcome => {
  const header = request.headers.authorization;
  if (header === undefined) return { ok: false, problem: { kind: 'missing' } };
  const auth = parseAuthorization(header);
  if (!auth)
    return { ok: false, problem: { kind: 'malformed', detail: 'not an AWS4-HMAC-SHA256 header' } };
  const when = amzDate(request.headers['x-amz-date']);
  if (when === null || !request.headers['x-amz-date']!.startsWith(auth.date)) {
    return {
      ok: false,
      problem: { kind: 'malformed', detail: 'x-amz-date is missing or disagrees with the scope' },
    };
  }
  const found = store.lookup(auth.accessKeyId);
  if (!found.found)
    return { ok: false, problem: { kind: 'unknown-key', accessKeyId: auth.accessKeyId } };
  if (
    found.sessionToken !== undefined &&
    request.headers['x-amz-security-token'] !== found.sessionToken
  ) {
    return { ok: false, problem: { kind: 'bad-token' } };
  }
  if (Math.abs(now - when) > MAX_SKEW_MS) {
    return { ok: false, problem: { kind: 'skewed', requestTime: request.headers['x-amz-date']! } };
  }
  const payloadHash = payloadHashOf(request, auth.service);
  if (typeof payloadHash !== 'string') return payloadHash;
  const canonicalRequest = canonicalRequestOf(request, auth, payloadHash);
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    request.headers['x-amz-date'],
    scope,
    sha256Hex(canonicalRequest),
  ].join('\n');
  const expected = createHmac('sha256', signingKey(found.secretAccessKey, auth))
    .update(stringToSign)
    .digest();
  if (!timingSafeEqual(expected, Buffer.from(auth.signature, 'hex'))) {
    return {
      ok: false,
      problem: {
        kind: 'mismatch',
        accessKeyId: auth.accessKeyId,
        signatureProvided: auth.signature,
        stringToSign,
        canonicalRequest,
      },
    };
  }
  // Expiry is checked only once the signature proves the caller holds the session's secret.
  if (found.expiresAt !== undefined && found.expiresAt <= now)
    return { ok: false, problem: { kind: 'expired-token' } };
  return { ok: true, identity: found.identity };
};
