import type { ResourceInfo } from '../../../shared/contract';
import type { ResourceDescriptor } from './resource';

/**
 * The paginator model CloudWatch Logs' Describe* and FilterLogEvents share (botocore: input and
 * output token nextToken, limit_key limit), and the catalog fields of its resources.
 */
export const logsPaging = (resultKeys: readonly string[], maxPageSize: number) =>
  ({
    service: 'logs',
    inputTokens: ['nextToken'],
    outputTokens: ['nextToken'],
    limitKey: 'limit',
    resultKeys,
    moreResultsKey: null,
    defaultPageSize: maxPageSize,
    minPageSize: 1,
  }) satisfies Partial<ResourceDescriptor>;

export const logsInfo = {
  service: 'logs',
  serviceTitle: 'Amazon CloudWatch Logs',
  regional: true,
  global: false,
  folders: false,
  alternate: null,
  listsRegions: false,
} satisfies Partial<ResourceInfo>;

/** CloudWatch Logs' times are milliseconds since the epoch; cells show them as ISO 8601 UTC. */
export const epochMs = (value: unknown): string | null =>
  typeof value === 'number' && Number.isFinite(value) ? new Date(value).toISOString() : null;
