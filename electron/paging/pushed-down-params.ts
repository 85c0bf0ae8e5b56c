import type { ViewParams } from '../../shared/contract';
import type { CompiledFilter } from '../filter/compile-filter';
import { filterKeyPrefix } from '../filter/key-prefix';
import type { ResourceDescriptor } from '../resources/resource';

/**
 * The request parameters with what the item filter lets S3 do itself: a prefix the filter
 * implies replaces a shorter one (or none), so `starts_with(Key, 'logs/2024/03/')` reads that
 * folder's pages and not the whole bucket's. The filter still runs on every item, so the rows are
 * exactly those it selects. Not with a delimiter: there the prefix is the folder being shown.
 */
export const pushedDownParams = (
  resource: ResourceDescriptor,
  params: ViewParams,
  filter: CompiledFilter | null,
): ViewParams => {
  if (!resource.prefixField || !filter || filter.mode !== 'item' || params.delimiter) {
    return params;
  }
  const implied = filterKeyPrefix(filter.ast, resource.prefixField);
  const given = params.prefix ?? '';
  if (implied === null || !implied.startsWith(given) || implied === given) return params;
  return { ...params, prefix: implied };
};
