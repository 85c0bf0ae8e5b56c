import { AwsError } from '../http/aws-error';
import { hasQueryParam, queryParam, type ParsedRequest } from '../http/parsed-request';

/** Which bucket, key and operation an S3 REST request addresses. */
export interface S3Target {
  bucket: string | null;
  key: string;
  operation: string;
}

// `bucket.localhost` is how the SDK addresses a bucket virtual-host style on a local endpoint;
// `bucket.s3.region.amazonaws.com` is what AWS tools build from a region alone.
const virtualHost = /^(.+?)\.(?:localhost|s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?)$/;

const decodePath = (raw: string): string => {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new AwsError(400, 'InvalidURI', "Couldn't parse the specified URI.", { URI: raw });
  }
};

const locate = (request: ParsedRequest): { bucket: string | null; key: string } => {
  const hostname = request.host.replace(/:\d+$/, '').toLowerCase();
  const hosted = virtualHost.exec(hostname);
  const path = request.rawPath.replace(/^\//, '');
  if (hosted) return { bucket: hosted[1]!, key: decodePath(path) };
  const slash = path.indexOf('/');
  const bucket = decodePath(slash < 0 ? path : path.slice(0, slash));
  return {
    bucket: bucket === '' ? null : bucket,
    key: slash < 0 ? '' : decodePath(path.slice(slash + 1)),
  };
};

const bucketOperation = (request: ParsedRequest): string => {
  if (request.method === 'HEAD') return 'HeadBucket';
  if (request.method !== 'GET') return `${request.method}Bucket`;
  if (hasQueryParam(request, 'location')) return 'GetBucketLocation';
  if (hasQueryParam(request, 'versions')) return 'ListObjectVersions';
  return queryParam(request, 'list-type') === '2' ? 'ListObjectsV2' : 'ListObjects';
};

export const s3Target = (request: ParsedRequest): S3Target => {
  const { bucket, key } = locate(request);
  if (bucket === null) {
    return {
      bucket,
      key,
      operation: request.method === 'GET' ? 'ListBuckets' : `${request.method}Service`,
    };
  }
  if (key !== '') {
    const objectOperation =
      request.method === 'HEAD'
        ? 'HeadObject'
        : request.method === 'GET'
          ? 'GetObject'
          : `${request.method}Object`;
    return { bucket, key, operation: objectOperation };
  }
  return { bucket, key, operation: bucketOperation(request) };
};
