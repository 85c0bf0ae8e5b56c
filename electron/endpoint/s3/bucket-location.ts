import type { DemoBucket } from '../data/demo-buckets';
import { xmlResponse, type EndpointResponse } from '../http/endpoint-response';
import { escapeXml, XML_DECLARATION } from '../http/xml';
import { S3_NS } from './s3-xml';

/**
 * GetBucketLocation answers from any region; us-east-1 is the empty constraint.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLocation.html
 */
export const getBucketLocation = (bucket: DemoBucket): EndpointResponse =>
  xmlResponse(
    `${XML_DECLARATION}<LocationConstraint xmlns="${S3_NS}">` +
      (bucket.region === 'us-east-1' ? '' : escapeXml(bucket.region)) +
      '</LocationConstraint>',
  );

/** https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html */
export const headBucket = (bucket: DemoBucket): EndpointResponse => ({
  status: 200,
  headers: {
    'x-amz-bucket-region': bucket.region,
    'x-amz-access-point-alias': 'false',
    'content-type': 'application/xml',
  },
  body: '',
});
