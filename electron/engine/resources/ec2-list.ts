import type { ResourceInfo } from '../../../shared/contract';
import type { ResourceDescriptor } from './resource';

/**
 * The paginator model of EC2's flat Describe* lists (botocore: input_token and output_token
 * NextToken, limit_key MaxResults), and the catalog fields they share.
 */
export const ec2ListPaging = (resultKey: string, maxPageSize: number) =>
  ({
    service: 'ec2',
    inputTokens: ['NextToken'],
    outputTokens: ['NextToken'],
    limitKey: 'MaxResults',
    resultKeys: [resultKey],
    moreResultsKey: null,
    defaultPageSize: maxPageSize,
    // EC2 rejects MaxResults below 5.
    minPageSize: 5,
    target: () => null,
  }) satisfies Partial<ResourceDescriptor>;

/** What every regional EC2 list declares the same: no parameters, no child, no toggles. */
export const ec2ListInfo = {
  service: 'ec2',
  serviceTitle: 'Amazon EC2',
  regional: true,
  global: false,
  params: [],
  child: null,
  parent: null,
  folders: false,
  alternate: null,
  listsRegions: false,
} satisfies Partial<ResourceInfo>;
