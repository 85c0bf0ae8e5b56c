import { DEMO_REGIONS, isEnabled } from '../data/ec2-regions';
import { AwsError } from '../http/aws-error';

/**
 * The demo account's regions: a JSON-protocol service called in a region the account has not
 * enabled (or one that does not exist) does not know the caller, and says so as AWS does.
 */
export const jsonRegionGate = (name: string): number => {
  const index = DEMO_REGIONS.findIndex((candidate) => candidate.name === name);
  if (index < 0 || !isEnabled(DEMO_REGIONS[index]!)) {
    throw new AwsError(
      400,
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    );
  }
  return index;
};
