import type { ListHostedZonesCommandInput, Route53Client } from '@aws-sdk/client-route-53';
import { loadSdk } from '../aws/service-sdks';
import { type ResourceDescriptor, asArray, bool, field, num } from './resource';

/**
 * ListHostedZones (global: one endpoint for every region; botocore: input_token Marker,
 * output_token NextMarker, more_results IsTruncated, limit_key MaxItems, at most 100 a page).
 * A zone's Id reads "/hostedzone/Z..."; the record sets take it as it is (the SDKs strip the
 * prefix).
 */
export const route53HostedZones: ResourceDescriptor<Route53Client, ListHostedZonesCommandInput> = {
  info: {
    kind: 'route53-hosted-zones',
    title: 'Route 53 hosted zones',
    service: 'route53',
    serviceTitle: 'Amazon Route 53',
    sidebarLabel: 'Route 53 hosted zones',
    regional: false,
    global: true,
    params: [],
    keyColumn: 'Id',
    filterExamples: [
      'Config.PrivateZone == `true`',
      'ResourceRecordSetCount > `100`',
      "ends_with(Name, 'example.com.')",
    ],
    operation: 'ListHostedZones',
    iamAction: 'route53:ListHostedZones',
    cli: ['route53', 'list-hosted-zones'],
    itemsPath: 'HostedZones',
    child: { kind: 'route53-record-sets', param: 'hostedZoneId', column: 'Id' },
    parent: null,
    folders: false,
    alternate: null,
    listsRegions: false,
  },
  service: 'route53',
  operation: 'route53:ListHostedZones',
  inputTokens: ['Marker'],
  outputTokens: ['NextMarker'],
  limitKey: 'MaxItems',
  resultKeys: ['HostedZones'],
  moreResultsKey: 'IsTruncated',
  defaultPageSize: 100,
  minPageSize: 1,
  columns: [
    field({ id: 'Id', label: 'Zone ID', type: 'text', path: ['Id'] }),
    field({ id: 'Name', label: 'Name', type: 'text', path: ['Name'] }),
    field(
      { id: 'RecordSets', label: 'Record sets', type: 'number', path: ['ResourceRecordSetCount'] },
      num,
    ),
    field(
      { id: 'PrivateZone', label: 'Private', type: 'bool', path: ['Config', 'PrivateZone'] },
      bool,
    ),
    field({ id: 'Comment', label: 'Comment', type: 'text', path: ['Config', 'Comment'] }),
  ],
  summaryBy: ['PrivateZone'],
  baseInput: () => ({}),
  target: () => null,
  send: async (client, input, signal) => {
    const { ListHostedZonesCommand } = await loadSdk('route53');
    return client.send(new ListHostedZonesCommand(input), { abortSignal: signal });
  },
  items: (page) => asArray(page.HostedZones),
};
