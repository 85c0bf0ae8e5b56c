import { createHash } from 'node:crypto';
import { AwsError } from '../http/aws-error';

/** DescribeInstances' NextToken: opaque, checksummed and bound to its region. */
const checksum = (region: string, position: number): string =>
  createHash('sha256')
    .update(`pagescope-demo-ec2\n${region}\n${position}`)
    .digest('base64url')
    .slice(0, 16);

export const encodeNextToken = (region: string, position: number): string =>
  Buffer.from(JSON.stringify({ r: region, p: position, c: checksum(region, position) })).toString(
    'base64url',
  );

export const decodeNextToken = (region: string, token: string): number => {
  const invalid = new AwsError(400, 'InvalidNextToken', `The token '${token}' is invalid.`);
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) throw invalid;
    const { r, p, c } = parsed as Record<string, unknown>;
    if (
      r !== region ||
      typeof p !== 'number' ||
      !Number.isSafeInteger(p) ||
      c !== checksum(region, p)
    )
      throw invalid;
    return p;
  } catch {
    throw invalid;
  }
};
