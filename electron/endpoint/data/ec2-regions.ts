/** The demo account's regions: instance counts per region and their opt-in status. */
export interface DemoRegion {
  name: string;
  optInStatus: 'opt-in-not-required' | 'opted-in' | 'not-opted-in';
  instances: number;
}

export const DEMO_REGIONS: readonly DemoRegion[] = [
  { name: 'us-east-1', optInStatus: 'opt-in-not-required', instances: 3000 },
  { name: 'us-west-2', optInStatus: 'opt-in-not-required', instances: 0 },
  { name: 'eu-west-1', optInStatus: 'opt-in-not-required', instances: 300 },
  { name: 'ap-southeast-2', optInStatus: 'opt-in-not-required', instances: 6 },
  { name: 'af-south-1', optInStatus: 'opted-in', instances: 0 },
  { name: 'me-south-1', optInStatus: 'not-opted-in', instances: 0 },
];

export const isEnabled = (region: DemoRegion): boolean => region.optInStatus !== 'not-opted-in';
