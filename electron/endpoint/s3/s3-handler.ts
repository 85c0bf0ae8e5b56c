import type { DemoBucket } from '../data/demo-buckets';
import { AwsError } from '../http/aws-error';
import type { EndpointResponse } from '../http/endpoint-response';
import type { ParsedRequest } from '../http/parsed-request';
import { getBucketLocation, headBucket } from './bucket-location';
import { listBuckets } from './list-buckets';
import { listObjectVersions } from './list-object-versions';
import { listObjectsV2 } from './list-objects-v2';
import type { S3Target } from './s3-target';

export interface S3Call {
  request: ParsedRequest;
  target: S3Target;
  /** The region the request was signed for: the regional endpoint the client believes it calls. */
  region: string;
  buckets: ReadonlyMap<string, DemoBucket>;
}

const bucketOperations: Record<
  string,
  (bucket: DemoBucket, request: ParsedRequest) => EndpointResponse
> = {
  HeadBucket: (bucket) => headBucket(bucket),
  GetBucketLocation: (bucket) => getBucketLocation(bucket),
  ListObjectsV2: listObjectsV2,
  ListObjectVersions: listObjectVersions,
};

/**
 * A bucket in another region than the one signed for gets a 301 naming its region, as S3's
 * regional endpoints answer. https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
 */
const wrongRegion = (bucket: DemoBucket): AwsError =>
  new AwsError(
    301,
    'PermanentRedirect',
    'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
    { Endpoint: `${bucket.name}.s3.${bucket.region}.amazonaws.com`, Bucket: bucket.name },
    { 'x-amz-bucket-region': bucket.region },
  );

export const handleS3 = ({ request, target, region, buckets }: S3Call): EndpointResponse => {
  if (target.operation === 'ListBuckets') return listBuckets(buckets.values(), request);
  const bucket = target.bucket === null ? undefined : buckets.get(target.bucket);
  if (!bucket) {
    throw new AwsError(404, 'NoSuchBucket', 'The specified bucket does not exist', {
      BucketName: target.bucket ?? '',
    });
  }
  if (bucket.region !== region && target.operation !== 'GetBucketLocation')
    throw wrongRegion(bucket);
  if (bucket.denied) throw new AwsError(403, 'AccessDenied', 'Access Denied');
  const operation = bucketOperations[target.operation];
  if (!operation) {
    throw new AwsError(
      501,
      'NotImplemented',
      'A header you provided implies functionality that is not implemented',
      {
        Operation: target.operation,
      },
    );
  }
  return operation(bucket, request);
};
