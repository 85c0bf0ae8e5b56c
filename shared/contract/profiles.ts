export type ProfileKind =
  'demo' | 'environment' | 'static' | 'assume-role' | 'sso' | 'credential-process' | 'unknown';

export interface ProfileInfo {
  name: string;
  kind: ProfileKind;
  region: string | null;
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
  /** 'opt-in-not-required' | 'opted-in' | 'not-opted-in' as EC2 DescribeRegions reports. */
  optInStatus: string;
  enabled: boolean;
}

export interface RegionList {
  regions: RegionInfo[];
  defaultRegion: string;
}
