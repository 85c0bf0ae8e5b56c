import type { EC2Client } from '@aws-sdk/client-ec2';
import { S3Client } from '@aws-sdk/client-s3';
import { FastS3Protocol } from '../fast-list/fast-s3-protocol';
import { BoundedHttpHandler } from '../http/bounded-http-handler';
import type { ServiceName } from '../resources/resource';
import { loadEc2Sdk, type Ec2Sdk } from './ec2-sdk';
import { resolveProfile, type ProfileOverrides, type ResolvedProfile } from './resolve-profile';

export interface ClientFor {
  profile: ResolvedProfile;
  region: string;
  client: S3Client | EC2Client;
}

// The engine retries and resumes itself (paging/page-source.ts), from the last good token
// and with its own budget; SDK-level retries would hide faults from that accounting.
const common = (profile: ResolvedProfile, region: string, endpointUrl: string | null) => ({
  region,
  credentials: profile.credentials,
  maxAttempts: 1,
  requestHandler: new BoundedHttpHandler({ connectionTimeout: 5_000 }),
  ...(endpointUrl ? { endpoint: endpointUrl } : {}),
});

/** An EC2 client when given the loaded EC2 package (ec2-sdk.ts), else an S3 client. */
const make = (
  profile: ResolvedProfile,
  region: string,
  url: string | null,
  ec2: Ec2Sdk | null,
): S3Client | EC2Client =>
  ec2
    ? new ec2.EC2Client(common(profile, region, url))
    : new S3Client({
        ...common(profile, region, url),
        // A custom endpoint (the local one, MinIO...) serves buckets by path, not by host name.
        forcePathStyle: url !== null,
        followRegionRedirects: true,
        // The list operations' responses read by a purpose-built parser (fast-list/), the rest
        // and anything it does not recognise by the SDK's own protocol.
        protocol: FastS3Protocol,
      });

const cache = new Map<string, S3Client | EC2Client>();

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
  const ec2 = service === 'ec2' ? await loadEc2Sdk() : null;
  let client = cache.get(key);
  if (!client) cache.set(key, (client = make(profile, resolvedRegion, url, ec2)));
  return { profile, region: resolvedRegion, client };
};

/** Drop cached clients (profiles re-read, or shutdown). */
export const forgetClients = (): void => {
  for (const client of cache.values()) client.destroy();
  cache.clear();
};
