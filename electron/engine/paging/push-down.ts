import type { PushedDown, ViewParams } from '../../../shared/contract';
import type { CompiledFilter } from '../filter/compile-filter';
import { filterKeyPrefix } from '../filter/key-prefix';
import { itemFilterServerFilters, type ServerFilter } from '../filter/server-filters';
import type { ResourceDescriptor } from '../resources/resource';

/** What of an item filter the service does itself, as request parameters and input. */
export interface PushDown {
  params: ViewParams;
  /** Extra request input: EC2's Filters. */
  input: Record<string, unknown>;
  /** The filters sent, for what the app and "copy as command" show. */
  filters: ServerFilter[];
}

const prefixOf = (
  resource: ResourceDescriptor,
  params: ViewParams,
  filter: CompiledFilter,
): ViewParams => {
  // Not with a delimiter: there the prefix is the folder being shown.
  if (!resource.prefixField || params.delimiter) return params;
  const implied = filterKeyPrefix(filter.ast, resource.prefixField);
  const given = params.prefix ?? '';
  if (implied === null || !implied.startsWith(given) || implied === given) return params;
  return { ...params, prefix: implied };
};

/**
 * The request with what the item filter lets the service do itself: a key prefix the filter
 * implies (`starts_with(Key, 'logs/2024/03/')` reads that folder's pages, not the bucket's) and
 * equalities the service can filter on (EC2's Filter.N for `State.Name == 'running'`). The
 * filter still runs on every item, so the rows are exactly those it selects.
 */
export const pushDown = (
  resource: ResourceDescriptor,
  params: ViewParams,
  filter: CompiledFilter | null,
): PushDown => {
  if (!filter || filter.mode !== 'item') return { params, input: {}, filters: [] };
  const filters = resource.serverFilters
    ? itemFilterServerFilters(filter.ast, resource.serverFilters)
    : [];
  return {
    params: prefixOf(resource, params, filter),
    input: filters.length > 0 ? { Filters: filters } : {},
    filters,
  };
};

/** What a push-down changed, as the app and "copy as command" show it; null when nothing. */
export const pushedDownOf = (params: ViewParams, pushed: PushDown): PushedDown | null => {
  const prefix = pushed.params.prefix !== params.prefix ? (pushed.params.prefix ?? null) : null;
  if (prefix === null && pushed.filters.length === 0) return null;
  return { prefix, filters: pushed.filters.map((f) => ({ name: f.Name, values: [...f.Values] })) };
};
