import { z } from 'zod';

/** How many columns a view may add, and how long their expressions and labels may be. */
export const addedColumnLimits = {
  maxAddedColumns: 32,
  maxColumnExpressionLength: 1024,
  maxColumnLabelLength: 128,
} as const;

/** `tag:KEY` names the value of the item's tag KEY (the EC2 console's tag columns). */
export const TAG_PREFIX = 'tag:';

/**
 * A column the user added to a view: a JMESPath expression over each item (`VpcId`,
 * `Placement.Tenancy`) or `tag:KEY`. The engine computes its cells, so it travels in the ViewSpec.
 */
export const addedColumnSchema = z
  .object({
    expression: z.string().trim().min(1).max(addedColumnLimits.maxColumnExpressionLength),
    label: z.string().trim().min(1).max(addedColumnLimits.maxColumnLabelLength).optional(),
  })
  .strict();
export type AddedColumn = z.infer<typeof addedColumnSchema>;

/** The tag key of a `tag:KEY` column, or null for a path column. */
export const tagKeyOf = (expression: string): string | null =>
  expression.startsWith(TAG_PREFIX) ? expression.slice(TAG_PREFIX.length) : null;

/**
 * Ids of added columns carry their kind as a prefix, so they never collide with a resource's own
 * column ids (`Name`, `State`, `Region`), which are plain identifiers.
 */
export const addedColumnId = (column: AddedColumn): string =>
  tagKeyOf(column.expression) === null ? `path:${column.expression}` : column.expression;

/** What the header shows: the label given, else the tag key, else the expression. */
export const addedColumnLabel = (column: AddedColumn): string =>
  column.label ?? tagKeyOf(column.expression) ?? column.expression;

export const addedColumnsSchema = z
  .array(addedColumnSchema)
  .max(addedColumnLimits.maxAddedColumns)
  .refine((columns) => new Set(columns.map(addedColumnId)).size === columns.length, {
    message: 'Each added column must have a different expression.',
  });
