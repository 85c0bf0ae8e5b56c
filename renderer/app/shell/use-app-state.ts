import { useCallback, useMemo } from 'react';
import { ALL_REGIONS, type ViewSpecInput } from '../../../shared/contract';
import { usePersistedState } from '../common/use-persisted-state';
import { useResetState } from '../common/use-reset-state';
import type { PagingSettings } from '../pagination/paging-settings';
import { useResources } from '../profiles/use-catalog';
import { isViewLocation, topLevel, type ViewLocation } from '../views/view-location';
import { useProfileAndRegion } from './use-profile-region';
import { useResourceColumns } from './use-resource-columns';
import { useResourceFilter } from './use-resource-filters';
import { useViewHistory } from './use-view-history';
import type { ViewEntry } from './view-entry';

/** Where a first start begins: no resource yet, so the catalog's first sidebar entry. */
const START: ViewLocation = topLevel('');

/**
 * The shell's state: profile, region, where the user is and each resource's filter (restored
 * on the next start), the view's pagination settings, and the ViewSpec they make together. Each
 * view shown is an entry in the browser's history, so Back and Forward move between them.
 */
export function useAppState() {
  const pr = useProfileAndRegion();
  const resources = useResources();
  const [location, setLocation] = usePersistedState('location', isViewLocation, START);
  const all = resources.data?.resources;
  // A place the catalog does not know (the start, or a resource gone since) shows its first
  // sidebar entry.
  const resource =
    all?.find((r) => r.kind === location.resource) ?? all?.find((r) => r.sidebarLabel !== null);
  const shown =
    resource && resource.kind !== location.resource ? topLevel(resource.kind) : location;
  const { filter, setFilter, setFilterOf } = useResourceFilter(shown.resource);
  const { columns, setColumns } = useResourceColumns(shown.resource);
  const [paging, setPaging] = useResetState<PagingSettings>(() => ({}), JSON.stringify(shown));
  const { profile, region } = pr;
  const defaultRegion = pr.profileInfo?.defaultRegion;
  const regionsListed = pr.regions.data !== undefined;

  const spec = useMemo<ViewSpecInput | null>(() => {
    if (!profile || !region || !resource || !defaultRegion) return null;
    // A regional resource waits for EC2's region list, which checks the stored region choice.
    if (resource.regional && !regionsListed) return null;
    // Global resources (S3 buckets) are listed through the default region's endpoint.
    const effective = resource.regional || region !== ALL_REGIONS ? region : defaultRegion;
    return {
      profile,
      region: effective,
      resource: resource.kind,
      params: shown.params,
      filter,
      ...paging,
      ...(columns.length > 0 ? { columns } : {}),
    };
  }, [
    profile,
    region,
    resource,
    defaultRegion,
    regionsListed,
    shown.params,
    filter,
    paging,
    columns,
  ]);

  const { setProfile, setRegion } = pr;
  const entry = useMemo<ViewEntry | null>(
    () => (profile && region ? { profile, region, location: shown, filter } : null),
    [profile, region, shown, filter],
  );
  const restore = useCallback(
    (to: ViewEntry) => {
      setProfile(to.profile);
      setRegion(to.region);
      setLocation(to.location);
      setFilterOf(to.location.resource, to.filter);
    },
    [setProfile, setRegion, setLocation, setFilterOf],
  );
  const restored = useViewHistory(entry, restore);

  return {
    catalog: { profiles: pr.profiles, regions: pr.regions, resources },
    profile,
    profileInfo: pr.profileInfo,
    region,
    resource,
    location: shown,
    restored,
    spec,
    paging,
    setProfile,
    setRegion,
    navigate: setLocation as (to: ViewLocation) => void,
    setFilter,
    setColumns,
    setPaging,
  };
}
