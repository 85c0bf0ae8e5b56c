import type { EC2Client } from '@aws-sdk/client-ec2';
import type { RegionInfo, RegionList } from '../../../shared/contract';
import { mapAwsError } from './aws-errors';
import { clientFor } from './clients';
import { loadSdk } from './service-sdks';
import type { ProfileOverrides } from './resolve-profile';

const enabledStatuses = new Set(['opt-in-not-required', 'opted-in']);

/**
 * Every region EC2 knows for the profile (AllRegions), in name order (code units, so the same on
 * every machine and for every profile): the order an all-regions listing gives its regions in,
 * and so which rows --max-items keeps. The profile's default region is `defaultRegion`.
 */
export const listRegions = async (
  profileName: string,
  signal: AbortSignal,
  overrides: ProfileOverrides = {},
): Promise<RegionList> => {
  const { client, profile, region } = await clientFor(profileName, null, 'ec2', overrides);
  const { DescribeRegionsCommand } = await loadSdk('ec2');
  let output;
  try {
    output = await (client as EC2Client).send(new DescribeRegionsCommand({ AllRegions: true }), {
      abortSignal: signal,
    });
  } catch (error) {
    throw mapAwsError(error, {
      profile: profile.name,
      kind: profile.kind,
      operation: 'ec2:DescribeRegions',
      target: null,
      region,
    });
  }
  const regions: RegionInfo[] = (output.Regions ?? [])
    .filter((r) => typeof r.RegionName === 'string')
    .map((r) => {
      const optInStatus = r.OptInStatus ?? 'opt-in-not-required';
      return { name: r.RegionName!, optInStatus, enabled: enabledStatuses.has(optInStatus) };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { regions, defaultRegion: region, unavailable: null };
};
