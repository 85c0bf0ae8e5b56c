import type { Column } from '../../../shared/contract';
import { folderRowTest, relativeName } from '../s3/s3-rows';
import type { RowDecor } from '../table/GridRow';
import { isFlat, type ViewLocation } from './view-location';

const identity = (key: string) => key;

/**
 * How the current view's rows look and open: buckets open their objects, folders open
 * themselves (shown relative to the prefix); other rows open the details panel.
 */
export const rowDecorFor = (
  location: ViewLocation,
  columns: Column[],
  keyColumn: string,
): RowDecor => {
  const s3Objects =
    location.resource === 's3-objects' || location.resource === 's3-object-versions';
  const nameColumn = s3Objects ? 'Key' : keyColumn;
  const keyIndex = columns.findIndex((c) => c.id === nameColumn);
  if (location.resource === 's3-buckets') return { keyIndex, isLink: () => true, nameOf: identity };
  if (!s3Objects) return { keyIndex, isLink: () => false, nameOf: identity };
  const flat = isFlat(location);
  return {
    keyIndex,
    isLink: flat ? () => false : folderRowTest(columns),
    nameOf: flat ? identity : relativeName(location.params.prefix ?? ''),
  };
};
