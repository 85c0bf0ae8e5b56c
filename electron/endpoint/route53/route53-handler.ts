import { randomUUID } from 'node:crypto';
import type { ServiceHandler } from '../handle-request';
import { AwsError } from '../http/aws-error';
import { XML_DECLARATION } from '../http/xml';
import { XML_NAMESPACES } from '../services';
import { listHostedZones } from './list-hosted-zones';
import { listResourceRecordSets } from './list-resource-record-sets';

/**
 * Route 53 (REST-XML, global: every region's requests see the same zones).
 * https://docs.aws.amazon.com/Route53/latest/APIReference/Welcome.html
 */
export const handleRoute53: ServiceHandler = ({ route, state }) => {
  if (!('rest' in route)) throw new AwsError(400, 'InvalidAction', 'Unknown Route 53 request.');
  const { segments, query } = route.rest;
  const zones = state.hostedZones();
  let body: string;
  switch (route.operation) {
    case 'ListHostedZones':
      body = listHostedZones(query, zones);
      break;
    case 'ListResourceRecordSets':
      body = listResourceRecordSets(segments[0] ?? '', query, zones);
      break;
    default:
      throw new AwsError(
        400,
        'InvalidAction',
        'The endpoint does not serve this Route 53 request.',
      );
  }
  const name = `${route.operation}Response`;
  return {
    status: 200,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': randomUUID() },
    body: `${XML_DECLARATION}<${name} xmlns="${XML_NAMESPACES.route53}">${body}</${name}>`,
  };
};
