import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { EC2Client, type EC2ClientConfig } from '@aws-sdk/client-ec2';
import { STSClient } from '@aws-sdk/client-sts';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../shared/demo-credentials';
import type { RunningEndpoint } from '../../../electron/endpoint/server';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export const demoCredentials: Credentials = {
  accessKeyId: DEMO_ACCESS_KEY_ID,
  secretAccessKey: DEMO_SECRET_ACCESS_KEY,
};

/** Tests see each error as it is sent: no retries unless a test asks for them. */
export const s3Client = (
  endpoint: RunningEndpoint,
  options: Partial<S3ClientConfig> & { region?: string } = {},
): S3Client =>
  new S3Client({
    endpoint: endpoint.url,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: demoCredentials,
    maxAttempts: 1,
    ...options,
  });

export const ec2Client = (
  endpoint: RunningEndpoint,
  options: Partial<EC2ClientConfig> & { region?: string } = {},
): EC2Client =>
  new EC2Client({
    endpoint: endpoint.url,
    region: 'us-east-1',
    credentials: demoCredentials,
    maxAttempts: 1,
    ...options,
  });

export const stsClient = (endpoint: RunningEndpoint, credentials: Credentials = demoCredentials) =>
  new STSClient({ endpoint: endpoint.url, region: 'us-east-1', credentials, maxAttempts: 1 });

/** The error an SDK call rejects with, so a test can assert its name and status. */
export const failure = async (call: Promise<unknown>) => {
  try {
    await call;
  } catch (error) {
    const e = error as {
      name?: string;
      message?: string;
      $metadata?: { httpStatusCode?: number };
    } & Record<string, unknown>;
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode, error: e };
  }
  throw new Error('expected the call to fail, but it succeeded');
};
