import { describe, expect, it } from 'vitest';
import { childLocation, parentOf, topLevel } from '../../../../../renderer/app/views/view-location';
import { resourceInfos } from '../../../../../electron/engine/resources/registry';

/** The engine's catalog, as resources.list gives it to the renderer. */
const lookup = (kind: string) => resourceInfos().find((r) => r.kind === kind);
const bucketRoot = (bucket: string) => childLocation(lookup('s3-buckets')!.child!, bucket, lookup);

describe('parentOf: where Backspace and Alt+↑ go', () => {
  it('goes up one folder, then to the bucket, then to the buckets', () => {
    const month = {
      resource: 's3-objects',
      params: { bucket: 'b', prefix: '2024/05/', delimiter: '/' },
    };
    const year = parentOf(month, lookup);
    expect(year).toEqual({
      resource: 's3-objects',
      params: { bucket: 'b', prefix: '2024/', delimiter: '/' },
    });
    expect(parentOf(year!, lookup)).toEqual(bucketRoot('b'));
    expect(parentOf(bucketRoot('b'), lookup)).toEqual(topLevel('s3-buckets'));
    expect(parentOf(topLevel('s3-buckets'), lookup)).toBeNull();
  });

  it('keeps the listing mode (flat, versions) on the way up', () => {
    const versions = { resource: 's3-object-versions', params: { bucket: 'b', prefix: 'a/b/' } };
    expect(parentOf(versions, lookup)).toEqual({
      resource: 's3-object-versions',
      params: { bucket: 'b', prefix: 'a/', delimiter: undefined },
    });
  });

  it('has nothing above a top-level resource', () => {
    expect(parentOf(topLevel('ec2-instances'), lookup)).toBeNull();
  });
});
