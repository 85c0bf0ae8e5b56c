import type { EC2Client } from '@aws-sdk/client-ec2';
import { loadEc2Sdk } from '../aws/ec2-sdk';
import { asArray, field, type ResourceDescriptor } from './resource';

/** DescribeRegions with AllRegions: one unpaginated page (botocore has no paginator for it). */
export const ec2Regions: ResourceDescriptor = {
  info: {
    kind: 'ec2-regions',
    title: 'EC2 regions',
    service: 'ec2',
    regional: false,
    params: [],
    keyColumn: 'RegionName',
    filterExamples: ["OptInStatus == 'not-opted-in'", "[?starts_with(RegionName, 'eu-')]"],
  },
  service: 'ec2',
  operation: 'ec2:DescribeRegions',
  inputTokens: [],
  outputTokens: [],
  limitKey: null,
  resultKeys: ['Regions'],
  moreResultsKey: null,
  defaultPageSize: 1000,
  minPageSize: 1,
  columns: [
    field({ id: 'RegionName', label: 'Region', type: 'text', path: ['RegionName'] }),
    field({ id: 'OptInStatus', label: 'Opt-in status', type: 'text', path: ['OptInStatus'] }),
    field({ id: 'Endpoint', label: 'Endpoint', type: 'text', path: ['Endpoint'] }),
  ],
  summaryBy: ['OptInStatus'],
  baseInput: () => ({ AllRegions: true }),
  target: () => null,
  lookupInput: (key) => ({ RegionNames: [key] }),
  send: async (client, input, signal) => {
    const { DescribeRegionsCommand } = await loadEc2Sdk();
    return (client as EC2Client).send(new DescribeRegionsCommand(input as never), {
      abortSignal: signal,
    });
  },
  items: (page) => asArray(page.Regions),
};
