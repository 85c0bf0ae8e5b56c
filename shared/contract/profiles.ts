import type { ApiError } from './api-error';

export type ProfileKind =
  'demo' | 'environment' | 'static' | 'assume-role' | 'sso' | 'credential-process' | 'unknown';

export interface ProfileInfo {
  name: string;
  kind: ProfileKind;
  /** The region its files or the environment name; null when none does. */
  region: string | null;
  /**
   * The region the engine lists global resources (S3) through and the Region picker starts on:
   * `region`, else AWS_REGION, else us-east-1. Known without any AWS call.
   */
  defaultRegion: string;
  endpointUrl: string | null;
  /** Where it was read from: 'config', 'credentials', 'environment' or 'builtin'. */
  source: 'config' | 'credentials' | 'config+credentials' | 'environment' | 'builtin';
}

export interface ConfigFileProblem {
  file: string;
  line: number | null;
  message: string;
}

export interface ProfileList {
  profiles: ProfileInfo[];
  /** AWS_PROFILE, else 'default' when it exists, else 'Demo'. */
  defaultProfile: string;
  problems: ConfigFileProblem[];
}

export interface RegionInfo {
  name: string;
  /**
   * 'opt-in-not-required' | 'opted-in' | 'not-opted-in' as EC2 DescribeRegions reports, or
   * 'unknown' in the built-in list used when DescribeRegions failed.
   */
  optInStatus: string;
  enabled: boolean;
}

export interface RegionList {
  regions: RegionInfo[];
  defaultRegion: string;
  /**
   * Why EC2 could not list the regions, when `regions` is the built-in list of the default
   * region's partition instead; null when DescribeRegions answered.
   */
  unavailable: ApiError | null;
}
