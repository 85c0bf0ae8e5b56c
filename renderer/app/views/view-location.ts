import type { ViewParams } from '../../../shared/contract';

/** Where the user is: a resource kind and its parameters (bucket, prefix, delimiter). */
export interface ViewLocation {
  resource: string;
  params: ViewParams;
}

export const FOLDER_DELIMITER = '/';

const isParams = (value: unknown): value is ViewParams => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([key, v]) => ['bucket', 'prefix', 'delimiter'].includes(key) && typeof v === 'string',
  );
};

export const isViewLocation = (value: unknown): value is ViewLocation =>
  !!value &&
  typeof value === 'object' &&
  typeof (value as ViewLocation).resource === 'string' &&
  /^[a-z0-9-]{1,64}$/.test((value as ViewLocation).resource) &&
  isParams((value as ViewLocation).params);

export const topLevel = (resource: string): ViewLocation => ({ resource, params: {} });

export const bucketRoot = (bucket: string): ViewLocation => ({
  resource: 's3-objects',
  params: { bucket, prefix: '', delimiter: FOLDER_DELIMITER },
});

export const isS3ObjectView = (location: ViewLocation): boolean =>
  location.resource === 's3-objects' || location.resource === 's3-object-versions';

/** Flat mode lists every key under the prefix; folder mode groups by '/'. */
export const isFlat = (location: ViewLocation): boolean => location.params.delimiter === undefined;

export const withParams = (location: ViewLocation, params: ViewParams): ViewLocation => {
  const merged: ViewParams = { ...location.params, ...params };
  for (const key of Object.keys(merged) as (keyof ViewParams)[]) {
    if (merged[key] === undefined) delete merged[key];
  }
  return { resource: location.resource, params: merged };
};

export interface Crumb {
  label: string;
  /** null for the current (last) crumb. */
  target: ViewLocation | null;
}

/** Buckets › bucket › folder › folder; the current place is the last, not clickable. */
export const crumbsFor = (location: ViewLocation, title: string): Crumb[] => {
  const bucket = location.params.bucket;
  if (!isS3ObjectView(location) || bucket === undefined) return [{ label: title, target: null }];
  const crumbs: Crumb[] = [{ label: 'Buckets', target: topLevel('s3-buckets') }];
  const segments = (location.params.prefix ?? '').split('/').filter((s) => s !== '');
  const keep = { delimiter: location.params.delimiter };
  crumbs.push({ label: bucket, target: { ...location, params: { bucket, prefix: '', ...keep } } });
  let prefix = '';
  for (const segment of segments) {
    prefix += `${segment}/`;
    crumbs.push({ label: segment, target: { ...location, params: { bucket, prefix, ...keep } } });
  }
  const last = crumbs[crumbs.length - 1]!;
  crumbs[crumbs.length - 1] = { label: last.label, target: null };
  return crumbs;
};

/** The folder above (the crumb before the last), or null at the top of a resource. */
export const parentOf = (location: ViewLocation): ViewLocation | null =>
  crumbsFor(location, '').at(-2)?.target ?? null;
