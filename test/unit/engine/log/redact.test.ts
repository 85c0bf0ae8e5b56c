import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { redactSecrets, registerSecret } from '../../../../electron/engine/log/redact';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const TOKEN = `IQoJb3JpZ2luX2VjE${'Ab9+/x'.repeat(40)}Zz==`;
const FWO_TOKEN = `FwoGZXIvYXdzE${'k3Lm/+'.repeat(30)}`;

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
});

describe('redactSecrets', () => {
  it.each([
    ['a SigV4 scope with an AWS key id', 'Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/s3'],
    [
      'a SigV4 scope with any key id',
      'Credential=PSCUSTOMKEYID/20260101/us-east-1/s3/aws4_request',
    ],
    ['a short custom key id', 'AWS4-HMAC-SHA256 Credential=minio-admin/20260101/us-east-1/s3'],
    ['a presigned URL', '?X-Amz-Credential=PSCUSTOMKEYID%2F20260101%2Fus-east-1&X-Amz-Date=1'],
  ])('removes the key id of %s', (_, text) => {
    const out = redactSecrets(text);
    expect(out).not.toMatch(/AKIAIOSFODNN7EXAMPLE|PSCUSTOMKEYID|minio-admin/);
    expect(out).toContain('Credential=[redacted]');
  });

  it.each([
    ['config style', `aws_secret_access_key = ${SECRET}`],
    ['config style without "="', `aws_secret_access_key ${SECRET}`],
    ['a colon', `aws_secret_access_key: ${SECRET}`],
    ['JSON', `{"SecretAccessKey":"${SECRET}"}`],
    ['XML', `<SecretAccessKey>${SECRET}</SecretAccessKey>`],
    ['after "="', `secret=${SECRET}`],
    ['bare', `the key ${SECRET} was refused`],
  ])('removes a secret key written as %s', (_, text) => {
    expect(redactSecrets(text)).not.toContain(SECRET);
  });

  it.each([
    ['an IQoJ token', `x-amz-security-token: ${TOKEN}`],
    ['an Fwo token, bare', `token ${FWO_TOKEN} expired`],
    ['any long token in a field', `"SessionToken": "short-but-named-token-123"`],
    ['a header', `X-Amz-Security-Token=${'q'.repeat(20)}`],
  ])('removes a session token: %s', (_, text) => {
    const out = redactSecrets(text);
    expect(out).not.toMatch(/IQoJb3|FwoGZX|short-but-named|qqqqqqqqqq/);
  });

  it('removes named key ids whatever their prefix, and signatures', () => {
    const text =
      'aws_access_key_id=PSCUSTOMKEYID <AccessKeyId>LOCALKEY42</AccessKeyId> Signature=abc123def456';
    expect(redactSecrets(text)).not.toMatch(/PSCUSTOMKEYID|LOCALKEY42|abc123def456/);
  });

  it('removes the credentials in the environment and registered ones verbatim', () => {
    process.env.AWS_ACCESS_KEY_ID = 'ENVKEY-custom';
    process.env.AWS_SECRET_ACCESS_KEY = 'env secret with spaces';
    process.env.AWS_SESSION_TOKEN = 'envtok.123';
    registerSecret('registered:value');
    const out = redactSecrets(
      'ENVKEY-custom / env secret with spaces / envtok.123 / registered:value',
    );
    expect(out).not.toMatch(/ENVKEY|env secret|envtok|registered:value/);
  });

  it.each([
    'Access denied: s3:ListObjectsV2 on demo-photos/2024/ (AccessDenied) in us-east-1 after 3 pages',
    'The request signature we calculated does not match the signature you provided.',
    'The AWS Access Key Id you provided does not exist in our records.',
    'check its access key id and secret access key',
    'the line with key "aws_secret_access_key" has no "=" between the key and its value',
    `NextToken: eyJDb250aW51YXRpb25Ub2tlbiI6${'IHsiYSI6IDF9'.repeat(12)}`,
  ])('keeps ordinary messages readable: %s', (text) => {
    expect(redactSecrets(text)).toBe(text);
  });

  it('removes any random secret planted after a credential field name', () => {
    // Ini keys may be followed by a bare space; other field names by "=", ":" or ">".
    const iniField = fc.tuple(
      fc.constantFrom('aws_secret_access_key', 'aws_session_token', 'aws_access_key_id'),
      fc.constantFrom(' = ', '=', ': ', ' ', '\t'),
    );
    const otherField = fc.tuple(
      fc.constantFrom('SecretAccessKey', 'SessionToken', 'AccessKeyId', 'x-amz-security-token'),
      fc.constantFrom('=', ': ', '":"', '>'),
    );
    const secret = fc.stringMatching(/^[A-Za-z0-9/+]{16,80}$/);
    fc.assert(
      fc.property(fc.oneof(iniField, otherField), secret, ([name, sep], value) => {
        expect(redactSecrets(`before ${name}${sep}${value} after`)).not.toContain(value);
      }),
    );
  });
});
