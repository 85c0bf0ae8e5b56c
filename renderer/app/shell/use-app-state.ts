import { useCallback, useMemo, useState } from 'react';
import { ALL_REGIONS, type FilterSpec, type ViewSpecInput } from '../../../shared/contract';
import {
  isString,
  readStored,
  usePersistedState,
  writeStored,
} from '../common/use-persisted-state';
import { useResetState } from '../common/use-reset-state';
import type { PagingSettings } from '../pagination/paging-settings';
import { useProfiles, useRegions, useResources } from '../profiles/use-catalog';
import { isViewLocation, topLevel, type ViewLocation } from '../views/view-location';

const isFilterSpec = (value: unknown): value is FilterSpec =>
  !!value &&
  typeof (value as FilterSpec).expression === 'string' &&
  ((value as FilterSpec).mode === 'item' || (value as FilterSpec).mode === 'page');

const filterKey = (resource: string) => `filter.${resource}`;

/**
 * The shell's state: profile, region, where the user is, the filter of each resource (all
 * restored on the next start), and the view's pagination settings; plus the spec they make.
 */
export function useAppState() {
  const profiles = useProfiles();
  const resources = useResources();
  const [storedProfile, setProfile] = usePersistedState('profile', isString, '');
  const [storedRegion, setRegion] = usePersistedState('region', isString, '');
  const [location, setLocation] = usePersistedState(
    'location',
    isViewLocation,
    topLevel('s3-buckets'),
  );
  const [filters, setFilters] = useState<Record<string, FilterSpec | null>>({});

  const list = profiles.data;
  const profile = list
    ? list.profiles.some((p) => p.name === storedProfile)
      ? storedProfile
      : list.defaultProfile
    : null;
  const regions = useRegions(profile);
  const regionList = regions.data;
  const known = (name: string) =>
    name === ALL_REGIONS || !!regionList?.regions.some((r) => r.name === name && r.enabled);
  const region = regionList
    ? known(storedRegion)
      ? storedRegion
      : regionList.defaultRegion
    : null;
  const resource =
    resources.data?.resources.find((r) => r.kind === location.resource) ??
    resources.data?.resources.find((r) => r.kind === 's3-buckets');
  const kind = resource?.kind ?? location.resource;
  const filter = kind in filters ? filters[kind]! : readStored(filterKey(kind), isFilterSpec);
  const [paging, setPaging] = useResetState<PagingSettings>(
    () => ({}),
    `${kind}|${JSON.stringify(location.params)}`,
  );

  const setFilter = useCallback(
    (next: FilterSpec | null) => {
      writeStored(filterKey(kind), next);
      setFilters((prev) => ({ ...prev, [kind]: next }));
    },
    [kind],
  );
  const spec = useMemo<ViewSpecInput | null>(() => {
    if (!profile || !region || !resource || !regionList) return null;
    const params = resource.kind === location.resource ? location.params : {};
    const effective =
      resource.regional || region !== ALL_REGIONS ? region : regionList.defaultRegion;
    return { profile, region: effective, resource: resource.kind, params, filter, ...paging };
  }, [profile, region, resource, regionList, location, filter, paging]);

  const profileInfo = list?.profiles.find((p) => p.name === profile);
  const shown =
    resource && resource.kind !== location.resource ? topLevel(resource.kind) : location;
  return {
    catalog: { profiles, regions, resources },
    profile,
    profileInfo,
    region,
    resource,
    location: shown,
    spec,
    paging,
    setProfile,
    setRegion,
    navigate: setLocation as (to: ViewLocation) => void,
    setFilter,
    setPaging,
  };
}
