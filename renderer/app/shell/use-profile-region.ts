import { ALL_REGIONS } from '../../../shared/contract';
import { isString, usePersistedState } from '../common/use-persisted-state';
import { useProfiles, useRegions } from '../profiles/use-catalog';

/**
 * The chosen profile and region, restored from the last run when they still exist; otherwise
 * the engine's default profile (Demo without an AWS config) and the profile's default region.
 * Until EC2 has listed the regions the stored choice stands unchecked, so that a global resource
 * (S3) never waits for EC2; the list then confirms it or falls back to the default region.
 */
export function useProfileAndRegion() {
  const profiles = useProfiles();
  const [storedProfile, setProfile] = usePersistedState('profile', isString, '');
  const [storedRegion, setRegion] = usePersistedState('region', isString, '');
  const list = profiles.data;
  const profile = list
    ? list.profiles.some((p) => p.name === storedProfile)
      ? storedProfile
      : list.defaultProfile
    : null;
  const profileInfo = list?.profiles.find((p) => p.name === profile);
  const regions = useRegions(profile);
  const regionList = regions.data;
  const known = (name: string) =>
    name === ALL_REGIONS || !!regionList?.regions.some((r) => r.name === name && r.enabled);
  const region = regionList
    ? known(storedRegion)
      ? storedRegion
      : regionList.defaultRegion
    : profileInfo
      ? storedRegion || profileInfo.defaultRegion
      : null;
  return {
    profiles,
    regions,
    profile,
    profileInfo,
    region,
    setProfile,
    setRegion,
  };
}
