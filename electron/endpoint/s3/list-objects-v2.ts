import type { DemoBucket } from '../data/demo-buckets';
import { searchKey, skipPrefix, walk, type ListEntry } from '../data/key-sequence';
import { xmlResponse, type EndpointResponse } from '../http/endpoint-response';
import { queryParam, type ParsedRequest } from '../http/parsed-request';
import { el, XML_DECLARATION } from '../http/xml';
import { decodeToken, encodeToken, type ListPosition } from './continuation-token';
import { keyEl } from './key-xml';
import { parseListParams } from './list-params';
import { commonPrefixXml, contentsXml, S3_NS } from './s3-xml';
import { encoder } from './url-encoding';

/** https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html */
const startIndex = (
  bucket: DemoBucket,
  token: string | undefined,
  startAfter: string | undefined,
) => {
  if (token !== undefined) {
    const position = decodeToken(bucket.name, token);
    return position.skip
      ? skipPrefix(bucket.objects, position.marker)
      : searchKey(bucket.objects, position.marker, true);
  }
  return startAfter === undefined ? 0 : searchKey(bucket.objects, startAfter, true);
};

const positionAfter = (bucket: DemoBucket, last: ListEntry): ListPosition =>
  last.kind === 'prefix'
    ? { marker: last.prefix, skip: true }
    : { marker: bucket.objects.keyAt(last.index), skip: false };

export const listObjectsV2 = (bucket: DemoBucket, request: ParsedRequest): EndpointResponse => {
  const params = parseListParams(request);
  const token = queryParam(request, 'continuation-token');
  const startAfter = queryParam(request, 'start-after');
  const withOwner = queryParam(request, 'fetch-owner') === 'true';
  const encode = encoder(params.encoding);
  const from = startIndex(bucket, token, startAfter);
  const page = walk(bucket.objects, { ...params, from, limit: params.maxKeys });
  const last = page.entries.at(-1);
  const next =
    page.truncated && last ? encodeToken(bucket.name, positionAfter(bucket, last)) : undefined;
  const contents = page.entries.map((entry) => {
    if (entry.kind !== 'item') return '';
    const meta = bucket.objects.objectAt(entry.index);
    return contentsXml(meta, encode(meta.key), withOwner);
  });
  const prefixes = page.entries.map((entry) =>
    entry.kind === 'prefix' ? commonPrefixXml(encode(entry.prefix)) : '',
  );
  return xmlResponse(
    `${XML_DECLARATION}<ListBucketResult xmlns="${S3_NS}">` +
      el('Name', bucket.name) +
      keyEl('Prefix', encode(params.prefix)) +
      el('ContinuationToken', token) +
      el('NextContinuationToken', next) +
      el('KeyCount', page.entries.length) +
      el('MaxKeys', params.maxKeys) +
      (params.delimiter === '' ? '' : keyEl('Delimiter', encode(params.delimiter))) +
      el('EncodingType', params.encoding) +
      el('IsTruncated', page.truncated) +
      // S3 echoes StartAfter only while no continuation token has taken over from it.
      keyEl(
        'StartAfter',
        startAfter === undefined || token !== undefined ? undefined : encode(startAfter),
      ) +
      contents.join('') +
      prefixes.join('') +
      '</ListBucketResult>',
  );
};
