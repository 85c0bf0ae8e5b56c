import type { RegionList } from '../../../shared/contract';
import { ApiFailure } from '../../../shared/contract';
import { builtinRegions } from './builtin-regions';
import { listRegions } from './regions';
import { resolveProfile } from './resolve-profile';

/**
 * The Region picker's regions: EC2's when DescribeRegions answers, else the built-in list of the
 * profile's partition with the reason, so one failed EC2 call never keeps the user from S3.
 * Asked again on every call (the picker's Retry), never cached as a failure. Cancellation and a
 * profile that cannot be resolved at all still fail: there is no region to fall back to.
 */
export const regionsForPicker = async (
  profileName: string,
  signal: AbortSignal,
): Promise<RegionList> => {
  const { region } = await resolveProfile(profileName);
  try {
    return await listRegions(profileName, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    const reason =
      error instanceof ApiFailure
        ? error.apiError
        : { code: 'INTERNAL' as const, message: 'ec2:DescribeRegions failed.', retryable: true };
    return {
      regions: builtinRegions(region).map((name) => ({
        name,
        optInStatus: 'unknown',
        enabled: true,
      })),
      defaultRegion: region,
      unavailable: reason,
    };
  }
};
