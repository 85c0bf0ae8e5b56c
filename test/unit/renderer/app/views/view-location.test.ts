import { describe, expect, it } from 'vitest';
import { bucketRoot, parentOf, topLevel } from '../../../../../renderer/app/views/view-location';

describe('parentOf: where Backspace and Alt+↑ go', () => {
  it('goes up one folder, then to the bucket, then to the buckets', () => {
    const month = {
      resource: 's3-objects',
      params: { bucket: 'b', prefix: '2024/05/', delimiter: '/' },
    };
    const year = parentOf(month);
    expect(year).toEqual({
      resource: 's3-objects',
      params: { bucket: 'b', prefix: '2024/', delimiter: '/' },
    });
    expect(parentOf(year!)).toEqual(bucketRoot('b'));
    expect(parentOf(bucketRoot('b'))).toEqual(topLevel('s3-buckets'));
    expect(parentOf(topLevel('s3-buckets'))).toBeNull();
  });

  it('keeps the listing mode (flat, versions) on the way up', () => {
    const versions = { resource: 's3-object-versions', params: { bucket: 'b', prefix: 'a/b/' } };
    expect(parentOf(versions)).toEqual({
      resource: 's3-object-versions',
      params: { bucket: 'b', prefix: 'a/', delimiter: undefined },
    });
  });

  it('has nothing above a top-level resource', () => {
    expect(parentOf(topLevel('ec2-instances'))).toBeNull();
  });
});
