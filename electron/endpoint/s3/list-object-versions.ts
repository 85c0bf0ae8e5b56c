import type { DemoBucket } from '../data/demo-buckets';
import { searchKey, skipPrefix, walk } from '../data/key-sequence';
import type { VersionEntry } from '../data/object-source';
import { invalidArgument } from '../http/aws-error';
import { xmlResponse, type EndpointResponse } from '../http/endpoint-response';
import { queryParam, type ParsedRequest } from '../http/parsed-request';
import { el, wrap, XML_DECLARATION } from '../http/xml';
import { keyEl } from './key-xml';
import { parseListParams, type ListParams } from './list-params';
import { commonPrefixXml, ownerXml, S3_NS, timestamp } from './s3-xml';
import { encoder } from './url-encoding';

/** https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectVersions.html */
const startIndex = (
  bucket: DemoBucket,
  params: ListParams,
  keyMarker?: string,
  versionMarker?: string,
) => {
  if (keyMarker === undefined) {
    if (versionMarker !== undefined) {
      throw invalidArgument(
        'A version-id marker cannot be specified without a key marker.',
        'version-id-marker',
        versionMarker,
      );
    }
    return 0;
  }
  const { prefix, delimiter } = params;
  const cut = delimiter === '' ? -1 : keyMarker.indexOf(delimiter, prefix.length);
  if (keyMarker.startsWith(prefix) && cut >= 0 && cut === keyMarker.length - delimiter.length) {
    return skipPrefix(bucket.versions, keyMarker);
  }
  const end = searchKey(bucket.versions, keyMarker, true);
  if (versionMarker === undefined) return end;
  for (let index = searchKey(bucket.versions, keyMarker); index < end; index++) {
    if (bucket.versions.versionAt(index).versionId === versionMarker) return index + 1;
  }
  throw invalidArgument('Invalid version id specified', 'version-id-marker', versionMarker);
};

const entryXml = (entry: VersionEntry, key: string): string =>
  entry.deleteMarker
    ? wrap(
        'DeleteMarker',
        ownerXml() +
          keyEl('Key', key) +
          el('VersionId', entry.versionId) +
          el('IsLatest', entry.isLatest) +
          el('LastModified', timestamp(entry.lastModified)),
      )
    : wrap(
        'Version',
        el('ETag', entry.etag) +
          el('ChecksumAlgorithm', 'CRC64NVME') +
          el('ChecksumType', 'FULL_OBJECT') +
          el('Size', entry.size) +
          el('StorageClass', entry.storageClass) +
          keyEl('Key', key) +
          el('VersionId', entry.versionId) +
          el('IsLatest', entry.isLatest) +
          el('LastModified', timestamp(entry.lastModified)) +
          ownerXml(),
      );

export const listObjectVersions = (
  bucket: DemoBucket,
  request: ParsedRequest,
): EndpointResponse => {
  const params = parseListParams(request);
  const keyMarker = queryParam(request, 'key-marker');
  const versionMarker = queryParam(request, 'version-id-marker');
  const encode = encoder(params.encoding);
  const from = startIndex(bucket, params, keyMarker, versionMarker);
  const page = walk(bucket.versions, { ...params, from, limit: params.maxKeys });
  const last = page.entries.at(-1);
  const lastVersion = last?.kind === 'item' ? bucket.versions.versionAt(last.index) : undefined;
  const nextKey =
    !page.truncated || !last ? undefined : last.kind === 'prefix' ? last.prefix : lastVersion!.key;
  const body = page.entries.map((entry) =>
    entry.kind === 'item'
      ? entryXml(bucket.versions.versionAt(entry.index), encode(bucket.versions.keyAt(entry.index)))
      : '',
  );
  const prefixes = page.entries.map((entry) =>
    entry.kind === 'prefix' ? commonPrefixXml(encode(entry.prefix)) : '',
  );
  return xmlResponse(
    `${XML_DECLARATION}<ListVersionsResult xmlns="${S3_NS}">` +
      el('Name', bucket.name) +
      keyEl('Prefix', encode(params.prefix)) +
      keyEl('KeyMarker', encode(keyMarker ?? '')) +
      el('VersionIdMarker', versionMarker ?? '') +
      keyEl('NextKeyMarker', nextKey === undefined ? undefined : encode(nextKey)) +
      el('NextVersionIdMarker', page.truncated ? lastVersion?.versionId : undefined) +
      el('MaxKeys', params.maxKeys) +
      (params.delimiter === '' ? '' : keyEl('Delimiter', encode(params.delimiter))) +
      el('EncodingType', params.encoding) +
      el('IsTruncated', page.truncated) +
      body.join('') +
      prefixes.join('') +
      '</ListVersionsResult>',
  );
};
