import type { ResourceInfo } from '../../../shared/contract';
import type { ResourceDescriptor } from './resource';

/**
 * The paginator model of IAM's List* operations (botocore: input and output token Marker,
 * limit_key MaxItems, more_results IsTruncated). IAM answers up to 1000 a page.
 */
export const iamListPaging = (resultKey: string) =>
  ({
    service: 'iam',
    inputTokens: ['Marker'],
    outputTokens: ['Marker'],
    limitKey: 'MaxItems',
    resultKeys: [resultKey],
    moreResultsKey: 'IsTruncated',
    defaultPageSize: 1000,
    minPageSize: 1,
    target: () => null,
  }) satisfies Partial<ResourceDescriptor>;

/** IAM is global: one listing for the account, no region to choose or fan out over. */
export const iamListInfo = {
  service: 'iam',
  serviceTitle: 'AWS IAM',
  regional: false,
  global: true,
  params: [],
  child: null,
  parent: null,
  folders: false,
  alternate: null,
  listsRegions: false,
} satisfies Partial<ResourceInfo>;
