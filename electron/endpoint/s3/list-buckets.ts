import type { DemoBucket } from '../data/demo-buckets';
import { compareUtf8 } from '../data/utf8-order';
import { invalidArgument } from '../http/aws-error';
import { xmlResponse, type EndpointResponse } from '../http/endpoint-response';
import { queryParam, type ParsedRequest } from '../http/parsed-request';
import { el, wrap, XML_DECLARATION } from '../http/xml';
import { decodeToken, encodeToken } from './continuation-token';
import { ownerXml, S3_NS, timestamp } from './s3-xml';

/** Tokens of ListBuckets are checksummed under a name no bucket can have. */
const TOKEN_SCOPE = '(ListBuckets)';
const MAX_BUCKETS = 10_000;

const parseMaxBuckets = (raw: string | undefined): number => {
  if (raw === undefined) return MAX_BUCKETS;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_BUCKETS) {
    throw invalidArgument(
      'Argument max-buckets must be an integer between 1 and 10000',
      'max-buckets',
      raw,
    );
  }
  return Number(raw);
};

const bucketXml = (bucket: DemoBucket): string =>
  wrap(
    'Bucket',
    el('Name', bucket.name) +
      el('CreationDate', timestamp(bucket.creationDate)) +
      el('BucketRegion', bucket.region),
  );

/** https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html (with its paginated form) */
export const listBuckets = (
  buckets: Iterable<DemoBucket>,
  request: ParsedRequest,
): EndpointResponse => {
  const maxBuckets = parseMaxBuckets(queryParam(request, 'max-buckets'));
  const prefix = queryParam(request, 'prefix');
  const region = queryParam(request, 'bucket-region');
  const token = queryParam(request, 'continuation-token');
  const after = token === undefined ? undefined : decodeToken(TOKEN_SCOPE, token).marker;
  const matching = [...buckets]
    .filter((bucket) => prefix === undefined || bucket.name.startsWith(prefix))
    .filter((bucket) => region === undefined || bucket.region === region)
    .filter((bucket) => after === undefined || compareUtf8(bucket.name, after) > 0)
    .sort((a, b) => compareUtf8(a.name, b.name));
  const page = matching.slice(0, maxBuckets);
  const next =
    matching.length > page.length
      ? encodeToken(TOKEN_SCOPE, { marker: page.at(-1)!.name, skip: false })
      : undefined;
  return xmlResponse(
    `${XML_DECLARATION}<ListAllMyBucketsResult xmlns="${S3_NS}">` +
      wrap('Buckets', page.map(bucketXml).join('')) +
      ownerXml() +
      el('ContinuationToken', next) +
      el('Prefix', prefix) +
      '</ListAllMyBucketsResult>',
  );
};
