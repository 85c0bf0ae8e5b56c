import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { RunningEndpoint } from '../../../electron/endpoint/server';
import { demoCredentials } from './endpoint-clients';

export interface RawRequest {
  method?: string;
  path?: string;
  query?: Record<string, string>;
  body?: string;
  headers?: Record<string, string>;
  service?: 's3' | 'ec2' | 'sts';
  region?: string;
  /** Change the request after it was signed, to check the signature covers it. */
  tamper?: (request: HttpRequest) => void;
}

/** A request signed by the SDK's own SigV4 signer, sent with fetch: for shapes the clients never send. */
export const signedFetch = async (endpoint: RunningEndpoint, raw: RawRequest) => {
  const service = raw.service ?? 's3';
  const request = new HttpRequest({
    method: raw.method ?? 'GET',
    protocol: 'http:',
    hostname: '127.0.0.1',
    port: endpoint.port,
    path: raw.path ?? '/',
    query: raw.query ?? {},
    headers: { host: `127.0.0.1:${endpoint.port}`, ...raw.headers },
    body: raw.body,
  });
  const signer = new SignatureV4({
    service,
    region: raw.region ?? 'us-east-1',
    credentials: demoCredentials,
    sha256: Hash.bind(null, 'sha256'),
    uriEscapePath: service !== 's3',
  });
  const signed = (await signer.sign(request)) as HttpRequest;
  raw.tamper?.(signed);
  const query = new URLSearchParams(signed.query as Record<string, string>)
    .toString()
    .replaceAll('+', '%20');
  const response = await fetch(`${endpoint.url}${signed.path}${query ? `?${query}` : ''}`, {
    method: signed.method,
    headers: Object.fromEntries(Object.entries(signed.headers).filter(([name]) => name !== 'host')),
    body: signed.body as string | undefined,
  });
  return { status: response.status, body: await response.text(), headers: response.headers };
};
