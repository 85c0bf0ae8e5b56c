import type { FilterSpec } from '../../../shared/contract';
import { isViewLocation, type ViewLocation } from '../views/view-location';

/** One place in the navigation history: what the user looked at, and through which filter. */
export interface ViewEntry {
  profile: string;
  region: string;
  location: ViewLocation;
  filter: FilterSpec | null;
}

export const isFilterSpec = (value: unknown): value is FilterSpec =>
  !!value &&
  typeof (value as FilterSpec).expression === 'string' &&
  ((value as FilterSpec).mode === 'item' || (value as FilterSpec).mode === 'page');

export const isViewEntry = (value: unknown): value is ViewEntry => {
  if (!value || typeof value !== 'object') return false;
  const entry = value as ViewEntry;
  return (
    typeof entry.profile === 'string' &&
    typeof entry.region === 'string' &&
    isViewLocation(entry.location) &&
    (entry.filter === null || isFilterSpec(entry.filter))
  );
};

export const sameEntry = (a: ViewEntry, b: ViewEntry): boolean =>
  a.profile === b.profile &&
  a.region === b.region &&
  a.location.resource === b.location.resource &&
  a.location.params.bucket === b.location.params.bucket &&
  a.location.params.prefix === b.location.params.prefix &&
  a.location.params.delimiter === b.location.params.delimiter &&
  a.filter?.expression === b.filter?.expression &&
  a.filter?.mode === b.filter?.mode;
