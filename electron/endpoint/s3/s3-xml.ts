import { DEMO_ACCOUNT_ID } from '../demo-credentials';
import { el, wrap } from '../http/xml';
import type { S3ObjectMeta } from '../data/key-sequence';

export const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** The demo account's canonical user id (S3 shows owners by a 64-hex canonical id). */
export const OWNER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';

export const ownerXml = (): string =>
  wrap('Owner', el('ID', OWNER_ID) + el('DisplayName', `demo-${DEMO_ACCOUNT_ID}`));

export const timestamp = (date: Date): string => date.toISOString();

/** One `<Contents>` of ListObjectsV2. */
export const contentsXml = (meta: S3ObjectMeta, key: string, withOwner: boolean): string =>
  wrap(
    'Contents',
    el('Key', key) +
      el('LastModified', timestamp(meta.lastModified)) +
      el('ETag', meta.etag) +
      el('ChecksumAlgorithm', 'CRC64NVME') +
      el('ChecksumType', 'FULL_OBJECT') +
      el('Size', meta.size) +
      (withOwner ? ownerXml() : '') +
      el('StorageClass', meta.storageClass),
  );

export const commonPrefixXml = (prefix: string): string =>
  wrap('CommonPrefixes', el('Prefix', prefix));
