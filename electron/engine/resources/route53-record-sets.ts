import type { ListResourceRecordSetsCommandInput, Route53Client } from '@aws-sdk/client-route-53';
import { loadSdk } from '../aws/service-sdks';
import { type Item, type ResourceDescriptor, asArray, field, num, text } from './resource';

/** A record set is named by its name, type and (weighted, latency...) identifier together. */
const recordKey = (item: Item): string =>
  [item.Name, item.Type, item.SetIdentifier].filter((p) => typeof p === 'string').join(' ');

const values = (item: Item): string | null => {
  const records = asArray(item.ResourceRecords).map((r) => text(r.Value));
  if (records.length > 0) return records.join(', ');
  const alias = item.AliasTarget as Item | undefined;
  return alias ? text(alias.DNSName) : null;
};

/**
 * ListResourceRecordSets of one hosted zone. botocore's paginator has THREE input tokens
 * (StartRecordName, StartRecordType, StartRecordIdentifier from NextRecordName, NextRecordType,
 * NextRecordIdentifier), so a NextToken holds all three, the identifier null unless the next set
 * shares its name and type with others (weighted, latency). At most 300 a page.
 */
export const route53RecordSets: ResourceDescriptor<
  Route53Client,
  ListResourceRecordSetsCommandInput
> = {
  info: {
    kind: 'route53-record-sets',
    title: 'Route 53 record sets',
    service: 'route53',
    serviceTitle: 'Amazon Route 53',
    sidebarLabel: null,
    regional: false,
    global: true,
    params: [{ name: 'hostedZoneId', required: true, label: 'Hosted zone ID' }],
    keyColumn: 'Record',
    filterExamples: [
      "Type == 'CNAME'",
      'SetIdentifier != null',
      'AliasTarget != null',
      "starts_with(Name, 'api')",
    ],
    operation: 'ListResourceRecordSets',
    iamAction: 'route53:ListResourceRecordSets',
    cli: ['route53', 'list-resource-record-sets'],
    itemsPath: 'ResourceRecordSets',
    child: null,
    parent: 'route53-hosted-zones',
    folders: false,
    alternate: null,
    listsRegions: false,
  },
  service: 'route53',
  operation: 'route53:ListResourceRecordSets',
  inputTokens: ['StartRecordName', 'StartRecordType', 'StartRecordIdentifier'],
  outputTokens: ['NextRecordName', 'NextRecordType', 'NextRecordIdentifier'],
  limitKey: 'MaxItems',
  resultKeys: ['ResourceRecordSets'],
  moreResultsKey: 'IsTruncated',
  defaultPageSize: 300,
  minPageSize: 1,
  columns: [
    { id: 'Record', label: 'Record', type: 'text', get: recordKey },
    field({ id: 'Name', label: 'Name', type: 'text', path: ['Name'] }),
    field({ id: 'Type', label: 'Type', type: 'text', path: ['Type'] }),
    field({ id: 'SetIdentifier', label: 'Set ID', type: 'text', path: ['SetIdentifier'] }),
    field({ id: 'TTL', label: 'TTL', type: 'number', path: ['TTL'] }, num),
    { id: 'Values', label: 'Values', type: 'text', get: values },
    field({ id: 'Weight', label: 'Weight', type: 'number', path: ['Weight'] }, num),
    field({ id: 'LatencyRegion', label: 'Latency region', type: 'text', path: ['Region'] }),
  ],
  itemFields: ['Name', 'Type'],
  summaryBy: ['Type'],
  baseInput: (p) => ({ HostedZoneId: p.hostedZoneId }),
  target: (p) => p.hostedZoneId ?? null,
  // The key's parts start the listing at that record set: Route 53 lists from any position.
  lookupInput: (key) => {
    const [name, type, ...identifier] = key.split(' ');
    return {
      StartRecordName: name,
      ...(type
        ? { StartRecordType: type as ListResourceRecordSetsCommandInput['StartRecordType'] }
        : {}),
      ...(identifier.length > 0 ? { StartRecordIdentifier: identifier.join(' ') } : {}),
    };
  },
  send: async (client, input, signal) => {
    const { ListResourceRecordSetsCommand } = await loadSdk('route53');
    return client.send(new ListResourceRecordSetsCommand(input), { abortSignal: signal });
  },
  items: (page) => asArray(page.ResourceRecordSets),
};
