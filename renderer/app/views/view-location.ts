import {
  VIEW_PARAM_NAMES,
  type ChildView,
  type ResourceInfo,
  type ViewParams,
} from '../../../shared/contract';

/** The engine's catalog entry of a resource kind (resources.list), or undefined before it loads. */
export type ResourceLookup = (kind: string) => ResourceInfo | undefined;

/** Where the user is: a resource kind and its parameters (bucket, prefix, delimiter). */
export interface ViewLocation {
  resource: string;
  params: ViewParams;
}

export const FOLDER_DELIMITER = '/';

const isParams = (value: unknown): value is ViewParams => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([key, v]) => (VIEW_PARAM_NAMES as string[]).includes(key) && typeof v === 'string',
  );
};

export const isViewLocation = (value: unknown): value is ViewLocation =>
  !!value &&
  typeof value === 'object' &&
  typeof (value as ViewLocation).resource === 'string' &&
  /^[a-z0-9-]{1,64}$/.test((value as ViewLocation).resource) &&
  isParams((value as ViewLocation).params);

export const topLevel = (resource: string): ViewLocation => ({ resource, params: {} });

/** The parameters of `params` that the resource `kind` declares. */
const declaredParams = (kind: string, params: ViewParams, lookup: ResourceLookup): ViewParams => {
  const out: ViewParams = {};
  for (const { name } of lookup(kind)?.params ?? []) {
    if (params[name] !== undefined) out[name] = params[name];
  }
  return out;
};

/**
 * The view a row opens: a bucket's row opens its objects, at the top folder; a child that keeps
 * its parent's parameters (a stream's events keep the group) takes those it declares from `from`.
 */
export const childLocation = (
  child: ChildView,
  key: string,
  lookup: ResourceLookup,
  from: ViewParams = {},
): ViewLocation => ({
  resource: child.kind,
  params: {
    ...(child.keepParams ? declaredParams(child.kind, from, lookup) : {}),
    [child.param]: key,
    ...(lookup(child.kind)?.folders ? { prefix: '', delimiter: FOLDER_DELIMITER } : {}),
  },
});

/** A view listed by folder (S3 objects and versions): folders, prefixes, Flat listing. */
export const isFolderView = (location: ViewLocation, lookup: ResourceLookup): boolean =>
  lookup(location.resource)?.folders ?? false;

/** The sidebar entry a view sits under: its parent's for a view opened from a row. */
export const sidebarKindOf = (location: ViewLocation, lookup: ResourceLookup): string =>
  lookup(location.resource)?.parent ?? location.resource;

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

/** The crumbs of a view and of the views above it, each with its target. */
const crumbTrail = (location: ViewLocation, lookup: ResourceLookup, depth = 0): Crumb[] => {
  const resource = lookup(location.resource);
  const parent = resource?.parent ? lookup(resource.parent) : undefined;
  const param = parent?.child?.param;
  const key = param ? location.params[param] : undefined;
  if (!resource || !parent || !param || key === undefined || depth > 8) {
    return [{ label: resource?.title ?? location.resource, target: location }];
  }
  const parentAt: ViewLocation = {
    resource: parent.kind,
    params: declaredParams(parent.kind, location.params, lookup),
  };
  const crumbs: Crumb[] = parent.parent
    ? crumbTrail(parentAt, lookup, depth + 1)
    : [{ label: parent.sidebarLabel ?? parent.title, target: topLevel(parent.kind) }];
  const keep = { delimiter: location.params.delimiter };
  const at = (prefix: string): ViewLocation => ({
    ...location,
    params: {
      ...(parent.child?.keepParams ? parentAt.params : {}),
      [param]: key,
      ...(resource.folders ? { prefix, ...keep } : {}),
    },
  });
  crumbs.push({ label: key, target: at('') });
  const segments = resource.folders
    ? (location.params.prefix ?? '').split(FOLDER_DELIMITER).filter((s) => s !== '')
    : [];
  let prefix = '';
  for (const segment of segments) {
    prefix += `${segment}${FOLDER_DELIMITER}`;
    crumbs.push({ label: segment, target: at(prefix) });
  }
  return crumbs;
};

/**
 * S3 buckets › bucket › folder › folder for a view opened from a row (its parent's entry, the
 * row's key, the folders), Log groups › group › stream two levels down; the resource's title
 * elsewhere. The current place is the last, not clickable.
 */
export const crumbsFor = (location: ViewLocation, lookup: ResourceLookup): Crumb[] => {
  const crumbs = crumbTrail(location, lookup);
  const last = crumbs[crumbs.length - 1]!;
  crumbs[crumbs.length - 1] = { label: last.label, target: null };
  return crumbs;
};

/** The folder above (the crumb before the last), or null at the top of a resource. */
export const parentOf = (location: ViewLocation, lookup: ResourceLookup): ViewLocation | null =>
  crumbsFor(location, lookup).at(-2)?.target ?? null;
