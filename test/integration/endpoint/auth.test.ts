import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { DEMO_ACCESS_KEY_ID } from '../../../shared/demo-credentials';
import { ec2Client, failure, s3Client, stsClient, type Credentials } from './endpoint-clients';

let endpoint: RunningEndpoint;
beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 100 });
});
afterAll(() => endpoint.stop());

const wrongSecret: Credentials = {
  accessKeyId: DEMO_ACCESS_KEY_ID,
  secretAccessKey: 'x'.repeat(40),
};
const unknownKey: Credentials = {
  accessKeyId: 'AKIAI44QH8DHBEXAMPLE',
  secretAccessKey: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
};

const listing = (credentials: Credentials) =>
  s3Client(endpoint, { credentials }).send(
    new ListObjectsV2Command({ Bucket: 'demo-photos', MaxKeys: 1 }),
  );
const instances = (credentials: Credentials) =>
  ec2Client(endpoint, { credentials }).send(new DescribeInstancesCommand({ MaxResults: 5 }));
const whoAmI = (credentials: Credentials) =>
  stsClient(endpoint, credentials).send(new GetCallerIdentityCommand({}));

describe('SigV4 with the wrong secret or an unknown key', () => {
  it('gets each service its own error', async () => {
    expect(await failure(listing(wrongSecret))).toMatchObject({
      name: 'SignatureDoesNotMatch',
      status: 403,
    });
    expect(await failure(instances(wrongSecret))).toMatchObject({
      name: 'AuthFailure',
      status: 401,
    });
    expect(await failure(whoAmI(wrongSecret))).toMatchObject({
      name: 'SignatureDoesNotMatch',
      status: 403,
    });
    expect(await failure(listing(unknownKey))).toMatchObject({
      name: 'InvalidAccessKeyId',
      status: 403,
    });
    expect(await failure(instances(unknownKey))).toMatchObject({
      name: 'AuthFailure',
      status: 401,
    });
    expect(await failure(whoAmI(unknownKey))).toMatchObject({
      name: 'InvalidClientTokenId',
      status: 403,
    });
  });

  it('shows S3 the canonical request it computed, as S3 does', async () => {
    const mismatch = await failure(listing(wrongSecret));
    expect(mismatch.error.CanonicalRequest).toContain('list-type=2');
    expect(mismatch.error.AWSAccessKeyId).toBe(DEMO_ACCESS_KEY_ID);
  });

  it('refuses an unsigned request with the service error document', async () => {
    const s3 = await fetch(`${endpoint.url}/demo-photos?list-type=2`);
    expect(s3.status).toBe(403);
    expect(await s3.text()).toContain('<Code>AccessDenied</Code>');
    const ec2 = await fetch(endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=DescribeInstances&Version=2016-11-15',
    });
    expect(ec2.status).toBe(401);
    expect(await ec2.text()).toContain('<Code>AuthFailure</Code>');
  });

  it('refuses a request signed an hour off with RequestTimeTooSkewed', async () => {
    const skewed = s3Client(endpoint, { systemClockOffset: -3_600_000 });
    expect(
      await failure(skewed.send(new ListObjectsV2Command({ Bucket: 'demo-photos' }))),
    ).toMatchObject({
      name: 'RequestTimeTooSkewed',
      status: 403,
    });
  });
});

describe('AssumeRole', () => {
  const assume = (roleName: string, duration?: number) =>
    stsClient(endpoint).send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::123456789012:role/${roleName}`,
        RoleSessionName: 'pagescope-test',
        DurationSeconds: duration,
      }),
    );
  const temporary = async (roleName: string): Promise<Credentials> => {
    const { Credentials: c } = await assume(roleName);
    return {
      accessKeyId: c!.AccessKeyId!,
      secretAccessKey: c!.SecretAccessKey!,
      sessionToken: c!.SessionToken!,
    };
  };

  it('hands out ASIA credentials with a session token that every service then accepts', async () => {
    const result = await assume('demo-reader');
    expect(result.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(result.Credentials?.Expiration!.getTime()).toBeGreaterThan(Date.now() + 3_000_000);
    expect(result.AssumedRoleUser?.Arn).toBe(
      'arn:aws:sts::123456789012:assumed-role/demo-reader/pagescope-test',
    );
    const credentials = await temporary('demo-reader');
    expect((await whoAmI(credentials)).Arn).toBe(
      'arn:aws:sts::123456789012:assumed-role/demo-reader/pagescope-test',
    );
    expect((await listing(credentials)).KeyCount).toBe(1);
    expect((await instances(credentials)).Reservations?.length).toBeGreaterThan(0);
  });

  it('rejects temporary credentials with a wrong or missing session token', async () => {
    const credentials = await temporary('demo-reader');
    const forged = { ...credentials, sessionToken: `${credentials.sessionToken}x` };
    expect(await failure(listing(forged))).toMatchObject({ name: 'InvalidToken', status: 400 });
    expect(await failure(instances({ ...credentials, sessionToken: undefined }))).toMatchObject({
      name: 'AuthFailure',
    });
    expect(await failure(whoAmI(forged))).toMatchObject({
      name: 'InvalidClientTokenId',
      status: 403,
    });
  });

  it('expires them: ExpiredToken once DurationSeconds has passed', async () => {
    const credentials = await temporary('demo-reader');
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 3_700_000 });
    try {
      expect(await failure(listing(credentials))).toMatchObject({
        name: 'ExpiredToken',
        status: 400,
      });
      expect(await failure(instances(credentials))).toMatchObject({ name: 'ExpiredToken' });
      expect(await failure(whoAmI(credentials))).toMatchObject({
        name: 'ExpiredToken',
        status: 403,
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('validates its parameters and refuses roles of other accounts', async () => {
    expect(await failure(assume('demo-reader', 100))).toMatchObject({
      name: 'ValidationError',
      status: 400,
    });
    const other = stsClient(endpoint).send(
      new AssumeRoleCommand({
        RoleArn: 'arn:aws:iam::999999999999:role/x',
        RoleSessionName: 'abc',
      }),
    );
    expect(await failure(other)).toMatchObject({ name: 'AccessDenied', status: 403 });
    const malformed = stsClient(endpoint).send(
      new AssumeRoleCommand({ RoleArn: 'not-an-arn', RoleSessionName: 'abc' }),
    );
    expect(await failure(malformed)).toMatchObject({ name: 'ValidationError', status: 400 });
  });

  it('gives a role without EC2 rights UnauthorizedOperation on EC2 only', async () => {
    const credentials = await temporary('demo-no-ec2');
    expect(await failure(instances(credentials))).toMatchObject({
      name: 'UnauthorizedOperation',
      status: 403,
    });
    expect((await listing(credentials)).KeyCount).toBe(1);
  });
});
