import { randomUUID } from 'node:crypto';
import { DEMO_REGIONS, isEnabled } from '../data/ec2-regions';
import type { ServiceHandler } from '../handle-request';
import { AwsError } from '../http/aws-error';
import { listFunctions } from './list-functions';

/** A region the account cannot use answers as AWS does there: the credentials are unknown. */
const regionGate = (name: string): void => {
  const region = DEMO_REGIONS.find((candidate) => candidate.name === name);
  if (!region || !isEnabled(region)) {
    throw new AwsError(
      403,
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    );
  }
};

/** Lambda (REST-JSON). https://docs.aws.amazon.com/lambda/latest/api/welcome.html */
export const handleLambda: ServiceHandler = ({ route, state }) => {
  if (!('rest' in route) || route.operation !== 'ListFunctions') {
    throw new AwsError(
      404,
      'UnknownOperationException',
      'The endpoint does not serve this Lambda request.',
    );
  }
  regionGate(route.region);
  const body = listFunctions(route.rest.query, route.region, state.lambdaFunctions(route.region));
  return {
    status: 200,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID() },
    body: JSON.stringify(body),
  };
};
