import { AwsError } from '../http/aws-error';

/** A query parameter's value (the last one when repeated), or null when absent. */
export const queryParam = (
  query: ReadonlyArray<readonly [string, string]>,
  name: string,
): string | null => {
  let found: string | null = null;
  for (const [key, value] of query) if (key === name) found = value;
  return found;
};

export const invalidInput = (message: string): AwsError =>
  new AwsError(400, 'InvalidInput', message);

/**
 * `maxitems`: Route 53 answers at most `max` items per page however many are asked for, and that
 * many when none is asked; a value that is not a positive integer is InvalidInput.
 */
export const maxItems = (raw: string | null, max: number): number => {
  if (raw === null) return max;
  const value = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= 1)) {
    throw invalidInput(
      `1 validation error detected: Value '${raw}' at 'maxItems' failed to satisfy constraint: Member must be a positive integer`,
    );
  }
  return Math.min(value, max);
};
