import { expect } from 'vitest';
import {
  paginateListObjectsV2,
  type ListObjectsV2CommandInput,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { Listing } from './reference-listing';

/** Every page of a listing, as a client that follows NextContinuationToken sees it. */
export const listAll = async (
  client: S3Client,
  input: ListObjectsV2CommandInput,
): Promise<Listing & { pages: number }> => {
  const result = { keys: [] as string[], prefixes: [] as string[], pages: 0 };
  for await (const page of paginateListObjectsV2(
    { client, pageSize: input.MaxKeys },
    { ...input },
  )) {
    result.pages += 1;
    expect(page.KeyCount).toBe((page.Contents?.length ?? 0) + (page.CommonPrefixes?.length ?? 0));
    expect(page.KeyCount).toBeLessThanOrEqual(input.MaxKeys ?? 1000);
    expect(page.IsTruncated).toBe(page.NextContinuationToken !== undefined);
    result.keys.push(...(page.Contents ?? []).map((object) => object.Key!));
    result.prefixes.push(...(page.CommonPrefixes ?? []).map((common) => common.Prefix!));
  }
  return result;
};
