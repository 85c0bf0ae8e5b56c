// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ok,
  type ContractClient,
  type ProfileInfo,
  type RegionList,
  type ResourceInfo,
  type Result,
} from '../../../../../shared/contract';
import { ClientProvider } from '../../../../../renderer/api/client-context';
import { useAppState } from '../../../../../renderer/app/shell/use-app-state';
import { resourceInfos } from '../../../../../electron/engine/resources/registry';

const work: ProfileInfo = {
  name: 'work',
  kind: 'static',
  region: null,
  defaultRegion: 'eu-west-1',
  endpointUrl: null,
  source: 'config',
};

/** The engine's own catalog entries, as resources.list gives them. */
const resource = (kind: string): ResourceInfo => resourceInfos().find((r) => r.kind === kind)!;

/** A client whose regions.list answers only when the test says so, as a hung EC2 would. */
const clientWithRegions = (regions: Promise<Result<RegionList>>) =>
  ({
    'profiles.list': async () => ok({ profiles: [work], defaultProfile: 'work', problems: [] }),
    'resources.list': async () =>
      ok({
        resources: [resource('s3-buckets'), resource('ec2-instances')],
      }),
    'regions.list': () => regions,
  }) as unknown as ContractClient;

const renderAppState = (client: ContractClient) => {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ClientProvider client={client}>
      <QueryClientProvider client={queries}>{children}</QueryClientProvider>
    </ClientProvider>
  );
  return renderHook(() => useAppState(), { wrapper });
};

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('the first view', () => {
  it("opens S3 through the profile's default region while EC2 has not listed the regions", async () => {
    const { result } = renderAppState(clientWithRegions(new Promise(() => undefined)));
    await waitFor(() =>
      expect(result.current.spec).toMatchObject({
        profile: 'work',
        region: 'eu-west-1',
        resource: 's3-buckets',
      }),
    );
  });

  it('keeps the S3 view on the same listing when the regions arrive', async () => {
    let answer: (value: Result<RegionList>) => void = () => undefined;
    const { result } = renderAppState(clientWithRegions(new Promise((r) => (answer = r))));
    await waitFor(() => expect(result.current.spec).not.toBeNull());
    const before = result.current.spec;
    answer(
      ok({
        regions: [{ name: 'eu-west-1', optInStatus: 'opt-in-not-required', enabled: true }],
        defaultRegion: 'eu-west-1',
        unavailable: null,
      }),
    );
    await waitFor(() => expect(result.current.catalog.regions.isSuccess).toBe(true));
    expect(result.current.spec).toEqual(before);
  });
});
