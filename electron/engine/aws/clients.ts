import { S3Client } from '@aws-sdk/client-s3';
import { FastS3Protocol } from '../fast-list/fast-s3-protocol';
import { BoundedHttpHandler } from '../http/bounded-http-handler';
import { isLazyService, loadSdk, speaksJson, type ServiceName } from './service-sdks';
import { resolveProfile, type ProfileOverrides, type ResolvedProfile } from './resolve-profile';

export interface ClientFor {
  profile: ResolvedProfile;
  region: string;
  /** An S3Client, or the client of the service asked for (service-sdks.ts). */
  client: ServiceClient;
}

/** What every SDK v3 client is, as far as the engine needs to know. */
interface ServiceClient {
  send(command: never, options?: object): Promise<unknown>;
  destroy(): void;
}

// The engine retries and resumes itself (paging/page-source.ts), from the last good token
// and with its own budget; SDK-level retries would hide faults from that accounting.
const common = (
  service: ServiceName,
  profile: ResolvedProfile,
  region: string,
  endpointUrl: string | null,
) => ({
  region,
  credentials: profile.credentials,
  maxAttempts: 1,
  requestHandler: new BoundedHttpHandler({
    connectionTimeout: 5_000,
    xmlBodies: !speaksJson(service),
  }),
  ...(endpointUrl ? { endpoint: endpointUrl } : {}),
});

/** The loaded package's client (service-sdks.ts) when given one, else an S3 client. */
const make = (
  service: ServiceName,
  profile: ResolvedProfile,
  region: string,
  url: string | null,
  sdk: { createClient(config: ReturnType<typeof common>): ServiceClient } | null,
): ServiceClient =>
  sdk
    ? sdk.createClient(common(service, profile, region, url))
    : new S3Client({
        ...common(service, profile, region, url),
        // A custom endpoint (the local one, MinIO...) serves buckets by path, not by host name.
        forcePathStyle: url !== null,
        followRegionRedirects: true,
        // The list operations' responses read by a purpose-built parser (fast-list/), the rest
        // and anything it does not recognise by the SDK's own protocol.
        protocol: FastS3Protocol,
      });

const cache = new Map<string, ServiceClient>();

/** SDK clients cached per (profile, region, service, endpoint). */
export const clientFor = async (
  profileName: string,
  region: string | null,
  service: ServiceName,
  overrides: ProfileOverrides = {},
): Promise<ClientFor> => {
  const profile = await resolveProfile(profileName);
  const resolvedRegion = region ?? overrides.region ?? profile.region;
  const url = overrides.endpointUrl ?? profile.endpointUrl;
  const key = JSON.stringify([profileName, resolvedRegion, service, url]);
  // Loaded before the cache is looked at, so that no await separates the look-up from the set.
  const sdk = isLazyService(service) ? await loadSdk(service) : null;
  let client = cache.get(key);
  if (!client) cache.set(key, (client = make(service, profile, resolvedRegion, url, sdk)));
  return { profile, region: resolvedRegion, client };
};

/** Drop cached clients (profiles re-read, or shutdown). */
export const forgetClients = (): void => {
  for (const client of cache.values()) client.destroy();
  cache.clear();
};
