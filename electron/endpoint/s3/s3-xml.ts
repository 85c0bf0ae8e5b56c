import { DEMO_ACCOUNT_ID } from '../../../shared/demo-credentials';
import { el, escapeXml, wrap } from '../http/xml';
import type { S3ObjectMeta } from '../data/key-sequence';
import { escapeKeyText, keyEl } from './key-xml';

export const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** The demo account's canonical user id (S3 shows owners by a 64-hex canonical id). */
export const OWNER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';

export const ownerXml = (): string =>
  wrap('Owner', el('ID', OWNER_ID) + el('DisplayName', `demo-${DEMO_ACCOUNT_ID}`));

export const timestamp = (date: Date): string => date.toISOString();

/**
 * One `<Contents>` of ListObjectsV2, as a single template: a page builds a thousand of these, and
 * only the key is free text (ETag, class and dates come from fixed alphabets).
 */
export const contentsXml = (meta: S3ObjectMeta, key: string, withOwner: boolean): string =>
  `<Contents><Key>${escapeKeyText(key)}</Key><LastModified>${timestamp(meta.lastModified)}</LastModified>` +
  `<ETag>${escapeXml(meta.etag)}</ETag><ChecksumAlgorithm>CRC64NVME</ChecksumAlgorithm>` +
  `<ChecksumType>FULL_OBJECT</ChecksumType><Size>${meta.size}</Size>${withOwner ? ownerXml() : ''}` +
  `<StorageClass>${meta.storageClass}</StorageClass></Contents>`;

export const commonPrefixXml = (prefix: string): string =>
  wrap('CommonPrefixes', keyEl('Prefix', prefix));
