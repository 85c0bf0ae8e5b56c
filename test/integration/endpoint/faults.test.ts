import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import {
  startEndpoint,
  type EndpointOptions,
  type RunningEndpoint,
} from '../../../electron/endpoint/server';
import { ec2Client, failure, s3Client, stsClient } from './endpoint-clients';

let endpoint: RunningEndpoint;
beforeEach(async () => {
  endpoint = await startEndpoint({ objects: 100 });
});
afterEach(() => endpoint.stop());

const list = (target: RunningEndpoint, bucket = 'demo-photos', options = {}) =>
  s3Client(target, options).send(new ListObjectsV2Command({ Bucket: bucket, MaxKeys: 2 }));

const statuses = (target: RunningEndpoint) => target.requests().map((r) => r.status);

describe('scripted faults', () => {
  it('fails the 7th request to a bucket once, and only that one', async () => {
    endpoint.script({ bucket: 'demo-photos', nth: 7, fault: 'SlowDown' });
    for (let i = 1; i <= 9; i++) {
      await list(endpoint, 'demo-big');
      if (i === 7)
        expect(await failure(list(endpoint))).toMatchObject({ name: 'SlowDown', status: 503 });
      else await list(endpoint);
    }
    const photos = endpoint.requests().filter((r) => r.bucket === 'demo-photos');
    expect(photos.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 503, 200, 200]);
    expect(
      endpoint
        .requests()
        .filter((r) => r.bucket === 'demo-big')
        .every((r) => r.status === 200),
    ).toBe(true);
  });

  it('renders each fault as the called service really sends it', async () => {
    const s3 = (fault: 'InternalError' | 'AccessDenied' | 'ExpiredToken') => {
      endpoint.script({ service: 's3', nth: 1, fault });
      return failure(list(endpoint));
    };
    expect(await s3('InternalError')).toMatchObject({ name: 'InternalError', status: 500 });
    expect(await s3('AccessDenied')).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(await s3('ExpiredToken')).toMatchObject({ name: 'ExpiredToken', status: 400 });
    const ec2 = (fault: 'RequestLimitExceeded' | 'AccessDenied') => {
      endpoint.script({
        service: 'ec2',
        operation: 'DescribeInstances',
        region: 'eu-west-1',
        nth: 1,
        fault,
      });
      return failure(
        ec2Client(endpoint, { region: 'eu-west-1' }).send(
          new DescribeInstancesCommand({ MaxResults: 5 }),
        ),
      );
    };
    expect(await ec2('RequestLimitExceeded')).toMatchObject({
      name: 'RequestLimitExceeded',
      status: 503,
    });
    expect(await ec2('AccessDenied')).toMatchObject({ name: 'UnauthorizedOperation', status: 403 });
    endpoint.script({ service: 'sts', nth: 1, fault: 'SlowDown' });
    expect(await failure(stsClient(endpoint).send(new GetCallerIdentityCommand({})))).toMatchObject(
      { name: 'Throttling' },
    );
  });

  it('fails several requests in a row with `times`, which the SDK retries through', async () => {
    endpoint.script({ bucket: 'demo-photos', nth: 1, times: 2, fault: 'InternalError' });
    const page = await list(endpoint, 'demo-photos', { maxAttempts: 3 });
    expect(page.$metadata.attempts).toBe(3);
    expect(statuses(endpoint)).toEqual([500, 500, 200]);
  });

  it('drops the connection halfway through the body', async () => {
    endpoint.script({ bucket: 'demo-photos', nth: 1, fault: 'DropConnection' });
    const dropped = await failure(list(endpoint));
    expect(dropped.status).toBeUndefined();
    expect(statuses(endpoint)).toEqual([0]);
    endpoint.script({ bucket: 'demo-photos', nth: 1, fault: 'DropConnection' });
    expect((await list(endpoint, 'demo-photos', { maxAttempts: 2 })).KeyCount).toBe(2);
  });

  it('holds a slow response long enough for a short client timeout to fire', async () => {
    endpoint.script({ bucket: 'demo-photos', nth: 1, fault: 'Slow' });
    const timedOut = await failure(
      list(endpoint, 'demo-photos', {
        requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true },
      }),
    );
    expect(timedOut.name).toBe('TimeoutError');
    endpoint.script({ bucket: 'demo-photos', nth: 1, fault: 'Slow' });
    expect((await list(endpoint)).KeyCount).toBe(2);
  });
});

describe('random faults and latency', () => {
  const outcomes = async (options: EndpointOptions): Promise<string[]> => {
    const target = await startEndpoint({ objects: 100, ...options });
    const seen: string[] = [];
    try {
      for (let i = 0; i < 30; i++) {
        const result = await list(target, 'demo-photos', {
          requestHandler: { requestTimeout: 5000 },
        }).then(
          () => 'ok',
          (error: { name?: string }) => error.name ?? 'error',
        );
        seen.push(result);
      }
      expect(statuses(target)).toHaveLength(30);
    } finally {
      await target.stop();
    }
    return seen;
  };

  it('fails the same requests the same way for the same seed, and differently for another', async () => {
    const first = await outcomes({ seed: 11, faultRate: 0.3 });
    expect(await outcomes({ seed: 11, faultRate: 0.3 })).toEqual(first);
    expect(first.filter((o) => o !== 'ok').length).toBeGreaterThan(2);
    expect(first.filter((o) => o === 'ok').length).toBeGreaterThan(10);
    expect(await outcomes({ seed: 12, faultRate: 0.3 })).not.toEqual(first);
  });

  it('can be turned on and off while running', async () => {
    endpoint.setFaultRate(1);
    for (let i = 0; i < 4; i++)
      await list(endpoint, 'demo-photos', { requestHandler: { requestTimeout: 5000 } }).catch(
        () => undefined,
      );
    expect(statuses(endpoint).filter((s) => s === 200).length).toBeLessThan(4);
    endpoint.setFaultRate(0);
    expect((await list(endpoint)).KeyCount).toBe(2);
  });

  it('adds the configured latency to every request', async () => {
    endpoint.setLatency(1000);
    expect(
      await failure(
        list(endpoint, 'demo-photos', {
          requestHandler: { requestTimeout: 200, throwOnRequestTimeout: true },
        }),
      ),
    ).toMatchObject({ name: 'TimeoutError' });
    endpoint.setLatency(0);
    expect(
      (await list(endpoint, 'demo-photos', { requestHandler: { requestTimeout: 2000 } })).KeyCount,
    ).toBe(2);
  });
});
