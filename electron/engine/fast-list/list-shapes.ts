/**
 * The output shapes of the list operations, transcribed from @aws-sdk/client-s3's schemas
 * (ListObjectsV2Output$, _Object$, Owner$, RestoreStatus$, CommonPrefix$, ListObjectVersionsOutput$,
 * ObjectVersion$, DeleteMarkerEntry$), members in schema order: the SDK builds its objects in that
 * order, and so must we for JSON.stringify of an item to match. Only body members are here; header
 * members (RequestCharged) stay the SDK's.
 */
export type Scalar = 'string' | 'number' | 'boolean' | 'timestamp';

export interface Member {
  /** The output property. */
  name: string;
  /** The XML element, when it differs from the property (flattened lists). */
  xml?: string;
  type: Scalar | Shape;
  /** A flattened list: every occurrence of the element is one entry. */
  list?: true;
}

export interface Shape {
  members: readonly Member[];
}

const owner: Shape = {
  members: [
    { name: 'DisplayName', type: 'string' },
    { name: 'ID', type: 'string' },
  ],
};

const restoreStatus: Shape = {
  members: [
    { name: 'IsRestoreInProgress', type: 'boolean' },
    { name: 'RestoreExpiryDate', type: 'timestamp' },
  ],
};

const object: Shape = {
  members: [
    { name: 'Key', type: 'string' },
    { name: 'LastModified', type: 'timestamp' },
    { name: 'ETag', type: 'string' },
    { name: 'ChecksumAlgorithm', type: 'string', list: true },
    { name: 'ChecksumType', type: 'string' },
    { name: 'Size', type: 'number' },
    { name: 'StorageClass', type: 'string' },
    { name: 'Owner', type: owner },
    { name: 'RestoreStatus', type: restoreStatus },
  ],
};

const commonPrefix: Shape = { members: [{ name: 'Prefix', type: 'string' }] };

export const listObjectsV2Output: Shape = {
  members: [
    { name: 'IsTruncated', type: 'boolean' },
    { name: 'Contents', type: object, list: true },
    { name: 'Name', type: 'string' },
    { name: 'Prefix', type: 'string' },
    { name: 'Delimiter', type: 'string' },
    { name: 'MaxKeys', type: 'number' },
    { name: 'CommonPrefixes', type: commonPrefix, list: true },
    { name: 'EncodingType', type: 'string' },
    { name: 'KeyCount', type: 'number' },
    { name: 'ContinuationToken', type: 'string' },
    { name: 'NextContinuationToken', type: 'string' },
    { name: 'StartAfter', type: 'string' },
  ],
};

const objectVersion: Shape = {
  members: [
    { name: 'ETag', type: 'string' },
    { name: 'ChecksumAlgorithm', type: 'string', list: true },
    { name: 'ChecksumType', type: 'string' },
    { name: 'Size', type: 'number' },
    { name: 'StorageClass', type: 'string' },
    { name: 'Key', type: 'string' },
    { name: 'VersionId', type: 'string' },
    { name: 'IsLatest', type: 'boolean' },
    { name: 'LastModified', type: 'timestamp' },
    { name: 'Owner', type: owner },
    { name: 'RestoreStatus', type: restoreStatus },
  ],
};

const deleteMarker: Shape = {
  members: [
    { name: 'Owner', type: owner },
    { name: 'Key', type: 'string' },
    { name: 'VersionId', type: 'string' },
    { name: 'IsLatest', type: 'boolean' },
    { name: 'LastModified', type: 'timestamp' },
  ],
};

export const listObjectVersionsOutput: Shape = {
  members: [
    { name: 'IsTruncated', type: 'boolean' },
    { name: 'KeyMarker', type: 'string' },
    { name: 'VersionIdMarker', type: 'string' },
    { name: 'NextKeyMarker', type: 'string' },
    { name: 'NextVersionIdMarker', type: 'string' },
    { name: 'Versions', xml: 'Version', type: objectVersion, list: true },
    { name: 'DeleteMarkers', xml: 'DeleteMarker', type: deleteMarker, list: true },
    { name: 'Name', type: 'string' },
    { name: 'Prefix', type: 'string' },
    { name: 'Delimiter', type: 'string' },
    { name: 'MaxKeys', type: 'number' },
    { name: 'CommonPrefixes', type: commonPrefix, list: true },
    { name: 'EncodingType', type: 'string' },
  ],
};
