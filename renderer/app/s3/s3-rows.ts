import type { Column, Row } from '../../../shared/contract';

/**
 * Folder rows of a folder-mode listing: the engine turns CommonPrefixes into rows whose Key is
 * the prefix (ending in the delimiter) with no Size (electron/engine/resources/s3-objects.ts).
 */
/** The column that holds a folder row's prefix (and an object's key). */
export const FOLDER_KEY_COLUMN = 'Key';

export const folderRowTest = (columns: Column[]) => {
  const key = columns.findIndex((c) => c.id === FOLDER_KEY_COLUMN);
  const size = columns.findIndex((c) => c.id === 'Size');
  return (row: Row): boolean => {
    const value = row[key];
    return typeof value === 'string' && value.endsWith('/') && (size < 0 || row[size] === null);
  };
};

/** The name a folder view shows: the key relative to the prefix being browsed. */
export const relativeName =
  (prefix: string) =>
  (key: string): string =>
    prefix !== '' && key.startsWith(prefix) && key !== prefix ? key.slice(prefix.length) : key;
