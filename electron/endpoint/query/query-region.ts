import { DEMO_REGIONS, isEnabled } from '../data/ec2-regions';
import { AwsError } from '../http/aws-error';

/**
 * A regional Query service (CloudFormation, RDS) answers only in the account's enabled regions:
 * elsewhere the credentials are unknown, as AWS answers a call to a region not opted in.
 */
export const queryRegionGate = (name: string): void => {
  const region = DEMO_REGIONS.find((candidate) => candidate.name === name);
  if (!region || !isEnabled(region)) {
    throw new AwsError(
      403,
      'InvalidClientTokenId',
      'The security token included in the request is invalid.',
    );
  }
};
