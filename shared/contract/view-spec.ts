import { z } from 'zod';
import { addedColumnLimits, addedColumnsSchema } from './added-column';

/**
 * Explicit limits on what one request may ask for. They are part of the contract so the UI can
 * show them and the hostile-input tests can probe them.
 */
export const limits = {
  maxPageSize: 1000,
  maxItems: 100_000_000,
  maxFilterLength: 4096,
  maxTokenLength: 16_384,
  maxNameLength: 1024,
  maxConcurrentRequestsPerConnection: 16,
  maxConcurrentJobsPerConnection: 4,
  ...addedColumnLimits,
} as const;

const name = z.string().min(1).max(limits.maxNameLength);

export const filterModeSchema = z.enum(['item', 'page']);
export type FilterMode = z.infer<typeof filterModeSchema>;

export const filterSpecSchema = z
  .object({
    expression: z.string().max(limits.maxFilterLength),
    mode: filterModeSchema,
  })
  .strict();
export type FilterSpec = z.infer<typeof filterSpecSchema>;

/** Region name as AWS spells them, or 'all' for the fan-out over every enabled region. */
export const regionSchema = z.string().regex(/^(all|[a-z]{2}(-[a-z]+)+-\d{1,2})$/);
export const ALL_REGIONS = 'all';

export const viewParamsSchema = z
  .object({
    bucket: name.optional(),
    prefix: z.string().max(limits.maxNameLength).optional(),
    /** Folder mode lists with delimiter '/'; flat mode lists every key recursively. */
    delimiter: z.string().min(1).max(16).optional(),
    logGroupName: name.optional(),
    logStreamName: name.optional(),
    /** CloudWatch Logs' own filter pattern syntax, which the service applies. */
    filterPattern: z.string().max(limits.maxFilterLength).optional(),
    /** Milliseconds since the epoch, as FilterLogEvents takes them. */
    startTime: z
      .string()
      .regex(/^\d{1,15}$/)
      .optional(),
    endTime: z
      .string()
      .regex(/^\d{1,15}$/)
      .optional(),
    tableName: name.optional(),
    stackName: name.optional(),
    hostedZoneId: name.optional(),
  })
  .strict();
export type ViewParams = z.infer<typeof viewParamsSchema>;
export type ViewParamName = keyof ViewParams;
/** Every view parameter; the CLI takes each as a flag named as the AWS CLI names it. */
export const VIEW_PARAM_NAMES = Object.keys(viewParamsSchema.shape) as ViewParamName[];

/** A view parameter's option, spelt as the AWS CLI spells the operation's input: --log-group-name. */
export const paramFlag = (name: ViewParamName): string =>
  `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** What the renderer asks to see: everything a listing depends on, and nothing else. */
export const viewSpecSchema = z
  .object({
    profile: name,
    region: regionSchema,
    resource: z.string().regex(/^[a-z0-9-]{1,64}$/),
    params: viewParamsSchema.default({}),
    filter: filterSpecSchema.nullable().default(null),
    pageSize: z.number().int().min(1).max(limits.maxPageSize).optional(),
    maxItems: z.number().int().min(1).max(limits.maxItems).optional(),
    startingToken: z.string().min(1).max(limits.maxTokenLength).optional(),
    /** Columns the user added, computed by the engine for each item after the resource's own. */
    columns: addedColumnsSchema.default([]),
  })
  .strict();
export type ViewSpec = z.infer<typeof viewSpecSchema>;
export type ViewSpecInput = z.input<typeof viewSpecSchema>;
