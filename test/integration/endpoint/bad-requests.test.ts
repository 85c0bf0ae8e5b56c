import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { s3Client } from './endpoint-clients';
import { signedFetch } from './signed-fetch';

let endpoint: RunningEndpoint;
beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 100 });
});
afterAll(() => endpoint.stop());

const code = (body: string) => /<Code>([^<]*)<\/Code>/.exec(body)?.[1];
const form = (params: Record<string, string>) => new URLSearchParams(params).toString();
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };

describe('bad requests get the service error document, never a crash or a hang', () => {
  it('S3: a malformed max-keys, a tampered query and a wrong payload hash', async () => {
    const maxKeys = await signedFetch(endpoint, {
      path: '/demo-photos',
      query: { 'list-type': '2', 'max-keys': 'ten' },
    });
    expect([maxKeys.status, code(maxKeys.body)]).toEqual([400, 'InvalidArgument']);
    expect(maxKeys.body).toContain('<ArgumentName>max-keys</ArgumentName>');
    const tampered = await signedFetch(endpoint, {
      path: '/demo-photos',
      query: { 'list-type': '2', prefix: '2021/' },
      tamper: (request) => {
        request.query.prefix = '2022/';
      },
    });
    expect([tampered.status, code(tampered.body)]).toEqual([403, 'SignatureDoesNotMatch']);
    const payload = await signedFetch(endpoint, {
      method: 'POST',
      path: '/demo-photos',
      query: { delete: '' },
      body: '<Delete/>',
      headers: { 'x-amz-content-sha256': '0'.repeat(64) },
    });
    expect([payload.status, code(payload.body)]).toEqual([400, 'XAmzContentSHA256Mismatch']);
  });

  it('S3: operations the demo does not serve, and HEAD errors without a body', async () => {
    const put = await signedFetch(endpoint, {
      method: 'PUT',
      path: '/demo-photos/new.txt',
      body: 'x',
      headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    });
    expect([put.status, code(put.body)]).toEqual([501, 'NotImplemented']);
    const head = await signedFetch(endpoint, { method: 'HEAD', path: '/no-such-bucket' });
    expect([head.status, head.body]).toEqual([404, '']);
  });

  it('S3: a malformed URI and a malformed Authorization header', async () => {
    const uri = await fetch(`${endpoint.url}/demo-photos/%zz`);
    expect([uri.status, code(await uri.text())]).toEqual([400, 'InvalidURI']);
    const auth = await fetch(`${endpoint.url}/demo-photos?list-type=2`, {
      headers: { authorization: 'AWS4-HMAC-SHA256 nonsense' },
    });
    expect([auth.status, code(await auth.text())]).toEqual([400, 'AuthorizationHeaderMalformed']);
  });

  it('EC2 and STS: unknown actions', async () => {
    const ec2 = await signedFetch(endpoint, {
      method: 'POST',
      service: 'ec2',
      headers: formHeaders,
      body: form({ Action: 'LaunchRockets', Version: '2016-11-15' }),
    });
    expect([ec2.status, code(ec2.body)]).toEqual([400, 'InvalidAction']);
    expect(ec2.body).toContain('<Response><Errors><Error>');
    const sts = await signedFetch(endpoint, {
      method: 'POST',
      service: 'sts',
      headers: formHeaders,
      body: form({ Action: 'GetSessionPony', Version: '2011-06-15' }),
    });
    expect([sts.status, code(sts.body)]).toEqual([400, 'InvalidAction']);
    expect(sts.body).toContain('<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">');
  });

  it('a body over 1 MiB, and a client that hangs up mid-request', async () => {
    const big = await fetch(`${endpoint.url}/demo-photos`, {
      method: 'POST',
      body: 'x'.repeat(2 * 1024 * 1024),
    });
    expect([big.status, code(await big.text())]).toEqual([400, 'MaxMessageLengthExceeded']);
    const socket = connect(endpoint.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.resume();
    socket.end('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nAction=Desc');
    await new Promise((resolve) => socket.once('close', resolve));
    const after = await s3Client(endpoint).send(
      new ListObjectsV2Command({ Bucket: 'demo-photos', MaxKeys: 1 }),
    );
    expect(after.KeyCount).toBe(1);
  });
});
