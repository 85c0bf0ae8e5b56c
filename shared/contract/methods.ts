import { z } from 'zod';
import { method } from './define';
import { addedColumnSchema } from './added-column';
import { filterSpecSchema, limits, viewSpecSchema } from './view-spec';
import type { JsonValue } from './api-error';
import type { PageResult, PushedDown, ResourceInfo } from './table';
import type { ExportOptions, ExportStarted } from './export';
import { exportStartSchema } from './export';
import type { ProfileList, RegionList } from './profiles';
import type { ViewStats } from './events';
import { summaryRequestSchema, type Summary } from './summary';
import { sortedPageSchema, type SortProgress } from './sorted';

const empty = z.object({}).strict();
/** A job or prompt id the main side made: letters, digits, - and _. */
const opaqueId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const profile = z.string().min(1).max(limits.maxNameLength);

export interface AppInfo {
  name: string;
  version: string;
  mode: 'electron' | 'browser';
}

/** Valid JMESPath that is almost surely not what was meant, with the likely intent. */
export interface FilterWarning {
  message: string;
  /** 1-based column of the token the warning is about. */
  column: number;
  /** The whole expression as it was probably meant, or null. */
  suggestion: string | null;
}

export interface FilterCheck {
  /** Output column names when the expression is a projection of objects, else null. */
  projectionColumns: string[] | null;
  warnings: FilterWarning[];
  /** With a view: what of the filter its service would do itself; else null. */
  pushedDown: PushedDown | null;
}

/**
 * The whole API between renderer and main side, declared once. ipc.ts, preload.ts, the
 * browser-mode host and the renderer client are all derived from this object.
 */
export const contract = {
  'app.info': method<AppInfo>()(
    empty,
    'Name, version and whether this is Electron or browser mode.',
  ),
  'profiles.list': method<ProfileList>()(
    empty,
    'Profiles from the AWS config and credentials files, the environment, and the built-in Demo.',
  ),
  'regions.list': method<RegionList>()(
    z.object({ profile }).strict(),
    "Regions the profile can see, the profile's default first.",
  ),
  'resources.list': method<{ resources: ResourceInfo[] }>()(
    empty,
    'Resource kinds the engine can list, with parameters, default columns and filter examples.',
  ),
  'view.page': method<PageResult, ViewStats>()(
    z
      .object({
        spec: viewSpecSchema,
        cursor: z.string().min(1).max(limits.maxTokenLength).nullable(),
      })
      .strict(),
    'The next batch of rows of a view; cursor null starts at the beginning (or startingToken). Reports live counts while it scans.',
  ),
  'view.sorted': method<PageResult, SortProgress>()(
    sortedPageSchema,
    'The next batch of every row of a view in one column’s order (the engine sorts the whole listing, on disk past a memory bound); reports the rows read until the first batch.',
  ),
  'view.item': method<{ item: JsonValue }>()(
    z.object({ spec: viewSpecSchema, key: z.string().min(1).max(limits.maxNameLength) }).strict(),
    'The full JSON of one item of a view (an instance, an object), for the details panel.',
  ),
  'view.summary': method<Summary, Summary>()(
    summaryRequestSchema,
    'Count and size every row of a view (its filter applied) by group while listing it, with its largest and oldest rows; reports the figures so far at most 4 times a second.',
  ),
  'filter.check': method<FilterCheck>()(
    z
      .object({
        filter: filterSpecSchema,
        /** The view the filter is for, to say what of it the service would do itself. */
        view: viewSpecSchema.pick({ resource: true, params: true }).strict().optional(),
      })
      .strict(),
    'Compile a JMESPath filter; a bad one answers BAD_FILTER with the 1-based column.',
  ),
  'column.check': method<{ id: string; label: string }>()(
    z.object({ column: addedColumnSchema }).strict(),
    'Compile an added column (a JMESPath path or tag:KEY); a bad one answers BAD_COLUMN.',
  ),
  'export.start': method<ExportStarted>()(
    exportStartSchema,
    'Start a CSV export job of a view; rows go straight from the engine to the file.',
  ),
  'export.cancel': method<{ cancelled: boolean }>()(
    z.object({ jobId: opaqueId }).strict(),
    'Cancel an export job; its partial file is removed.',
  ),
  'export.reveal': method<{ shown: boolean }>()(
    z.object({ jobId: opaqueId }).strict(),
    'Show a finished export in the file manager (Electron only).',
  ),
  'mfa.answer': method<{ accepted: boolean }>()(
    z
      .object({
        promptId: opaqueId,
        code: z
          .string()
          .regex(/^\d{6}$/)
          .nullable(),
      })
      .strict(),
    'Answer an MFA prompt; null declines it.',
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;
/** What a method reports while it runs; never for the methods that report nothing. */
export type MethodProgress<M extends MethodName> = NonNullable<Contract[M]['progress']>;
export const methodNames = Object.keys(contract) as MethodName[];

export const isMethodName = (value: unknown): value is MethodName =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);

export type { ExportOptions };
