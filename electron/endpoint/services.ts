/**
 * The services the endpoint speaks and the wire protocol of each, as the SDKs' service models
 * declare them (metadata.protocol): it decides how a request is routed and how its errors read.
 */
export const PROTOCOLS = {
  s3: 'rest-xml',
  route53: 'rest-xml',
  ec2: 'ec2',
  sts: 'query',
  iam: 'query',
  cloudformation: 'query',
  rds: 'query',
  logs: 'json',
  dynamodb: 'json',
  lambda: 'rest-json',
} as const;

export type Service = keyof typeof PROTOCOLS;
export type Protocol = (typeof PROTOCOLS)[Service];

export const isService = (name: string | null): name is Service =>
  name !== null && Object.hasOwn(PROTOCOLS, name);

/** The XML namespace of each Query/REST-XML service's responses and error documents. */
export const XML_NAMESPACES: Partial<Record<Service, string>> = {
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  cloudformation: 'http://cloudformation.amazonaws.com/doc/2010-05-15/',
  rds: 'http://rds.amazonaws.com/doc/2014-10-31/',
  route53: 'https://route53.amazonaws.com/doc/2013-04-01/',
};

/** The JSON protocols' X-Amz-Target prefix and content type. */
export const JSON_TARGETS: Partial<Record<Service, { prefix: string; contentType: string }>> = {
  logs: { prefix: 'Logs_20140328', contentType: 'application/x-amz-json-1.1' },
  dynamodb: { prefix: 'DynamoDB_20120810', contentType: 'application/x-amz-json-1.0' },
};

/**
 * The REST operations served, by method and path (the API version first, as the service models
 * write the request URI). `{}` matches one path segment, handed to the handler in order.
 */
export const REST_OPERATIONS: ReadonlyArray<{
  service: Service;
  method: string;
  path: string;
  operation: string;
}> = [
  // https://docs.aws.amazon.com/lambda/latest/api/API_ListFunctions.html
  { service: 'lambda', method: 'GET', path: '/2015-03-31/functions/', operation: 'ListFunctions' },
  // https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListHostedZones.html
  {
    service: 'route53',
    method: 'GET',
    path: '/2013-04-01/hostedzone',
    operation: 'ListHostedZones',
  },
  // https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListResourceRecordSets.html
  {
    service: 'route53',
    method: 'GET',
    path: '/2013-04-01/hostedzone/{}/rrset',
    operation: 'ListResourceRecordSets',
  },
];
