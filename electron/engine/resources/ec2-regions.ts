import type { DescribeRegionsCommandInput, EC2Client } from '@aws-sdk/client-ec2';
import { loadSdk } from '../aws/service-sdks';
import { asArray, field, type ResourceDescriptor } from './resource';

/** DescribeRegions with AllRegions: one unpaginated page (botocore has no paginator for it). */
export const ec2Regions: ResourceDescriptor<EC2Client, DescribeRegionsCommandInput> = {
  info: {
    kind: 'ec2-regions',
    title: 'EC2 regions',
    service: 'ec2',
    serviceTitle: 'Amazon EC2',
    sidebarLabel: 'EC2 regions',
    regional: false,
    global: false,
    params: [],
    keyColumn: 'RegionName',
    operation: 'DescribeRegions',
    iamAction: 'ec2:DescribeRegions',
    cli: ['ec2', 'describe-regions'],
    itemsPath: 'Regions',
    child: null,
    parent: null,
    folders: false,
    alternate: null,
    listsRegions: true,
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
    const { DescribeRegionsCommand } = await loadSdk('ec2');
    return client.send(new DescribeRegionsCommand(input), {
      abortSignal: signal,
    });
  },
  items: (page) => asArray(page.Regions),
};
