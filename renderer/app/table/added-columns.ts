import {
  addedColumnId,
  addedColumnLabel,
  limits,
  type AddedColumn,
} from '../../../shared/contract';

/** What the form's two fields make: a column to add, its label only when one was typed. */
export const draftColumn = (expression: string, label: string): AddedColumn => {
  const text = label.trim();
  return { expression: expression.trim(), ...(text ? { label: text } : {}) };
};

/**
 * Why this column cannot join the view, before the engine is asked: it is there already, its
 * label is taken (the header row of an export would be ambiguous), or there are too many.
 */
export const addProblem = (
  column: AddedColumn,
  added: readonly AddedColumn[],
  labels: readonly string[],
): string | null => {
  if (column.expression === '') return 'Type a path such as VpcId, or tag: and a tag key.';
  if (added.some((c) => addedColumnId(c) === addedColumnId(column))) {
    return `${column.expression} is a column already.`;
  }
  const label = addedColumnLabel(column);
  if (labels.includes(label)) {
    return `A column is named ${label} already: give this one another label.`;
  }
  if (added.length >= limits.maxAddedColumns) {
    return `A view can have ${limits.maxAddedColumns} added columns; remove one first.`;
  }
  return null;
};
