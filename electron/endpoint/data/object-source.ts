import type { KeySequence, S3ObjectMeta } from './key-sequence';
import { compareUtf8 } from './utf8-order';

/** A bucket's current objects: a sorted key sequence that can also describe each object. */
export interface ObjectSource extends KeySequence {
  objectAt(index: number): S3ObjectMeta;
}

/** One entry of ListObjectVersions: a version or a delete marker. */
export interface VersionEntry extends S3ObjectMeta {
  versionId: string;
  isLatest: boolean;
  deleteMarker: boolean;
}

/** All versions, sorted by key and then newest first, as ListObjectVersions returns them. */
export interface VersionSource extends KeySequence {
  versionAt(index: number): VersionEntry;
}

/** A small data set held as a sorted array (a few thousand keys at most). */
export const materialized = (
  keys: Iterable<string>,
  describe: (key: string, index: number) => Omit<S3ObjectMeta, 'key'>,
): ObjectSource => {
  const sorted = [...new Set(keys)].sort(compareUtf8);
  return {
    size: sorted.length,
    keyAt: (index) => sorted[index]!,
    objectAt: (index) => ({ key: sorted[index]!, ...describe(sorted[index]!, index) }),
  };
};

/** An unversioned bucket's versions: one `null` version per object, as S3 reports them. */
export const unversioned = (objects: ObjectSource): VersionSource => ({
  size: objects.size,
  keyAt: (index) => objects.keyAt(index),
  versionAt: (index) => ({
    ...objects.objectAt(index),
    versionId: 'null',
    isLatest: true,
    deleteMarker: false,
  }),
});
