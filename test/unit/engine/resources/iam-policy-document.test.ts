import { describe, expect, it } from 'vitest';
import {
  decodePolicyDocument,
  trustedServices,
} from '../../../../electron/engine/resources/iam-policy-document';

const trust = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
    {
      Effect: 'Allow',
      Principal: { Service: ['ecs-tasks.amazonaws.com', 'ec2.amazonaws.com'] },
      Action: 'sts:AssumeRole',
    },
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::123456789012:root' },
      Action: 'sts:AssumeRole',
    },
  ],
};

describe('IAM policy documents', () => {
  it('decodes what IAM URL-encodes, as botocore does', () => {
    expect(decodePolicyDocument(encodeURIComponent(JSON.stringify(trust)))).toEqual(trust);
    // Already decoded, or not a document: left as it is.
    expect(decodePolicyDocument(trust)).toBe(trust);
    expect(decodePolicyDocument('%E0%A4%A')).toBe('%E0%A4%A');
    expect(decodePolicyDocument(undefined)).toBeUndefined();
  });

  it('names the services a trust policy lets assume the role', () => {
    expect(trustedServices(trust)).toBe(
      'lambda.amazonaws.com, ecs-tasks.amazonaws.com, ec2.amazonaws.com',
    );
    expect(trustedServices({ Statement: [{ Principal: { AWS: '*' } }] })).toBeNull();
    expect(trustedServices(null)).toBeNull();
  });
});
