import type { ProfileInfo, ProfileKind, ProfileList } from '../../../shared/contract';
import { loadConfigFiles, type ConfigFiles } from './config-files';

export const DEMO_PROFILE = 'Demo';
export const ENVIRONMENT_PROFILE = 'Environment';
export const DEMO_REGION = 'us-east-1';
const FALLBACK_REGION = 'us-east-1';

/** A file profile's region: its own, else AWS_REGION, else us-east-1. */
export const fileProfileRegion = (configured: string | undefined): string =>
  configured ?? process.env.AWS_REGION ?? FALLBACK_REGION;

/** The Environment profile's region: AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1. */
export const environmentRegion = (): string =>
  process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? FALLBACK_REGION;

type Settings = Record<string, string | undefined>;

export const profileKind = (settings: Settings): ProfileKind => {
  if (settings.sso_session || settings.sso_start_url) return 'sso';
  if (settings.role_arn) return 'assume-role';
  if (settings.credential_process) return 'credential-process';
  if (settings.aws_access_key_id) return 'static';
  return 'unknown';
};

// Sections like [sso-session x] and [services x] come back as "sso-session.x": not profiles.
const isProfileSection = (name: string): boolean => !/^(sso-session|services)\./.test(name);

const fileProfiles = (files: ConfigFiles): ProfileInfo[] => {
  const names = new Set(
    [...Object.keys(files.config), ...Object.keys(files.credentials)].filter(isProfileSection),
  );
  return [...names].sort().map((name) => {
    const fromConfig = files.config[name];
    const fromCredentials = files.credentials[name];
    const settings: Settings = { ...fromConfig, ...fromCredentials };
    return {
      name,
      kind: profileKind(settings),
      region: settings.region ?? null,
      defaultRegion: fileProfileRegion(settings.region),
      endpointUrl: settings.endpoint_url ?? null,
      source:
        fromConfig && fromCredentials
          ? 'config+credentials'
          : fromConfig
            ? 'config'
            : 'credentials',
    };
  });
};

export const environmentProfile = (): ProfileInfo | null =>
  process.env.AWS_ACCESS_KEY_ID
    ? {
        name: ENVIRONMENT_PROFILE,
        kind: 'environment',
        region: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? null,
        defaultRegion: environmentRegion(),
        endpointUrl: process.env.AWS_ENDPOINT_URL ?? null,
        source: 'environment',
      }
    : null;

export const demoProfile = (endpointUrl: string | null): ProfileInfo => ({
  name: DEMO_PROFILE,
  kind: 'demo',
  region: DEMO_REGION,
  defaultRegion: DEMO_REGION,
  endpointUrl,
  source: 'builtin',
});

/** Profiles from the config and credentials files, the environment, and the built-in Demo. */
export const listProfiles = async (demoUrl: string | null = null): Promise<ProfileList> => {
  const files = await loadConfigFiles();
  const env = environmentProfile();
  const profiles = [...fileProfiles(files), ...(env ? [env] : []), demoProfile(demoUrl)];
  const requested = process.env.AWS_PROFILE;
  const defaultProfile =
    requested && profiles.some((p) => p.name === requested)
      ? requested
      : profiles.some((p) => p.name === 'default')
        ? 'default'
        : DEMO_PROFILE;
  return { profiles, defaultProfile, problems: files.problems };
};
