import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ResourceLookup } from '../views/view-location';
import { useClient } from '../../api/client-context';
import { unwrap } from '../../api/unwrap';

/** Profiles from the AWS files, the environment and the built-in Demo. */
export function useProfiles() {
  const client = useClient();
  return useQuery({
    queryKey: ['profiles.list'],
    queryFn: () => unwrap(client['profiles.list']({})),
  });
}

/** Regions the profile can see, its default first. */
export function useRegions(profile: string | null) {
  const client = useClient();
  return useQuery({
    queryKey: ['regions.list', profile],
    enabled: profile !== null,
    queryFn: () => unwrap(client['regions.list']({ profile: profile! })),
  });
}

/** The resource kinds the engine lists, with their columns and filter examples. */
export function useResources() {
  const client = useClient();
  return useQuery({
    queryKey: ['resources.list'],
    queryFn: () => unwrap(client['resources.list']({})),
  });
}

/** The catalog entry of a resource kind, once resources.list has answered. */
export function useResourceLookup(): ResourceLookup {
  const resources = useResources().data?.resources;
  return useMemo(() => {
    const byKind = new Map((resources ?? []).map((r) => [r.kind, r]));
    return (kind: string) => byKind.get(kind);
  }, [resources]);
}
