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

// A signing key depends only on the day, region, service and secret, so it is derived once per
// combination (as the SDK's signer caches it), not four HMACs per request.
const signingKeys = new Map<string, Buffer>();
const MAX_SIGNING_KEYS = 256;
const signingKey = (secret: string, auth: AuthorizationHeader): Buffer => {
  const id = `${auth.date}/${auth.region}/${auth.service}/${secret}`;
  let key = signingKeys.get(id);
  if (!key) {
    key = [auth.date, auth.region, auth.service, 'aws4_request'].reduce<Buffer | string>(
      (derived, part) => hmac(derived, part),
      `AWS4${secret}`,
    ) as Buffer;
    if (signingKeys.size >= MAX_SIGNING_KEYS) signingKeys.clear();
    signingKeys.set(id, key);
  }
  return key;
};

const amzDate = (value: string | undefined): number | null => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : null;
};

const fail = (problem: AuthProblem): AuthOutcome => ({ ok: false, problem });

/** The payload hash to sign with, or the problem with the one the client claimed. */
const payloadHashOf = (request: ParsedRequest, service: string): AuthProblem | string => {
  const claimed = request.headers['x-amz-content-sha256'];
  if (claimed === undefined) {
    return service === 's3' ? { kind: 'missing-content-sha' } : sha256Hex(request.body);
  }
  if (claimed === UNSIGNED_PAYLOAD) return claimed;
  const actual = sha256Hex(request.body);
  return claimed === actual ? claimed : { kind: 'content-sha-mismatch', claimed, actual };
};

/** Recomputes the signature; null when it matches. */
const signatureProblem = (
  request: ParsedRequest,
  auth: AuthorizationHeader,
  secret: string,
): AuthProblem | null => {
  const payloadHash = payloadHashOf(request, auth.service);
  if (typeof payloadHash !== 'string') return payloadHash;
  const canonicalRequest = canonicalRequestOf(request, auth, payloadHash);
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const amzDateHeader = request.headers['x-amz-date'];
  const stringToSign = ['AWS4-HMAC-SHA256', amzDateHeader, scope, sha256Hex(canonicalRequest)].join(
    '\n',
  );
  const expected = createHmac('sha256', signingKey(secret, auth)).update(stringToSign).digest();
  if (timingSafeEqual(expected, Buffer.from(auth.signature, 'hex'))) return null;
  return {
    kind: 'mismatch',
    accessKeyId: auth.accessKeyId,
    signatureProvided: auth.signature,
    stringToSign,
    canonicalRequest,
  };
};

export const verifySigV4 = (
  request: ParsedRequest,
  store: CredentialStore,
  now: number,
): AuthOutcome => {
  const header = request.headers.authorization;
  if (header === undefined) return fail({ kind: 'missing' });
  const auth = parseAuthorization(header);
  if (!auth) return fail({ kind: 'malformed', detail: 'not an AWS4-HMAC-SHA256 header' });
  const amzDateHeader = request.headers['x-amz-date'] ?? '';
  const when = amzDate(amzDateHeader);
  if (when === null || !amzDateHeader.startsWith(auth.date)) {
    return fail({ kind: 'malformed', detail: 'x-amz-date is missing or disagrees with the scope' });
  }
  const found = store.lookup(auth.accessKeyId);
  if (!found.found) return fail({ kind: 'unknown-key', accessKeyId: auth.accessKeyId });
  const token = request.headers['x-amz-security-token'];
  if (found.sessionToken !== undefined && token !== found.sessionToken) {
    return fail({ kind: 'bad-token' });
  }
  if (Math.abs(now - when) > MAX_SKEW_MS)
    return fail({ kind: 'skewed', requestTime: amzDateHeader });
  const problem = signatureProblem(request, auth, found.secretAccessKey);
  if (problem) return fail(problem);
  // Expiry is checked only once the signature proves the caller holds the session's secret.
  if (found.expiresAt !== undefined && found.expiresAt <= now)
    return fail({ kind: 'expired-token' });
  return { ok: true, identity: found.identity };
};
