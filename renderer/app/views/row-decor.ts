import type { Column, ResourceInfo } from '../../../shared/contract';
import { FOLDER_KEY_COLUMN, folderRowTest, relativeName } from '../s3/s3-rows';
import type { RowDecor } from '../table/GridRow';
import { isFlat, type ViewLocation } from './view-location';

const identity = (key: string) => key;

/**
 * How the current view's rows look and open, from the resource's catalog entry: rows that open
 * a child view (buckets open their objects) are links; in a folder listing, folders open
 * themselves (shown relative to the prefix); other rows open the details panel.
 */
export const rowDecorFor = (
  location: ViewLocation,
  columns: Column[],
  resource: ResourceInfo,
): RowDecor => {
  if (resource.child) {
    const childColumn = resource.child.column;
    const keyIndex = columns.findIndex((c) => c.id === childColumn);
    return { keyIndex, isLink: () => true, nameOf: identity };
  }
  const nameColumn = resource.folders ? FOLDER_KEY_COLUMN : resource.keyColumn;
  const keyIndex = columns.findIndex((c) => c.id === nameColumn);
  if (!resource.folders) return { keyIndex, isLink: () => false, nameOf: identity };
  const flat = isFlat(location);
  return {
    keyIndex,
    isLink: flat ? () => false : folderRowTest(columns),
    nameOf: flat ? identity : relativeName(location.params.prefix ?? ''),
  };
};
