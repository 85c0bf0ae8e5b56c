import { useCallback, useEffect, useRef, useState } from 'react';
import type { FilterCheck, FilterSpec, FilterWarning, Result } from '../../../shared/contract';
import { filterErrorOf, type FilterError } from './filter-error';

export type CheckFilter = (filter: FilterSpec) => Promise<Result<FilterCheck>>;

const DEBOUNCE_MS = 300;

/**
 * Validates the expression as the user types (debounced, through the engine, which owns the
 * JMESPath dialect) and on demand when they press Enter. Answers to older text are ignored.
 */
export function useFilterCheck(check: CheckFilter, expression: string, mode: FilterSpec['mode']) {
  const [error, setError] = useState<FilterError | null>(null);
  const [warned, setWarned] = useState<{ expression: string; warnings: FilterWarning[] }>({
    expression: '',
    warnings: [],
  });
  const sequence = useRef(0);

  const run = useCallback(
    async (filter: FilterSpec): Promise<FilterError | null> => {
      const mine = ++sequence.current;
      let found: FilterError | null;
      try {
        const result = await check(filter);
        found = result.ok ? null : filterErrorOf(result.error, filter.expression);
        const warnings = result.ok ? result.value.warnings : [];
        if (mine === sequence.current) setWarned({ expression: filter.expression, warnings });
      } catch (cause) {
        found = { message: (cause as Error).message, column: null, expression: filter.expression };
      }
      if (mine === sequence.current) setError(found);
      return found;
    },
    [check],
  );

  useEffect(() => {
    if (expression.trim() === '') {
      sequence.current++;
      return;
    }
    const timer = window.setTimeout(() => void run({ expression, mode }), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [expression, mode, run]);

  // An error found for other text (or for text since cleared) is not shown.
  const current = error && error.expression === expression ? error : null;
  const warnings = !current && warned.expression === expression ? warned.warnings : [];
  return { error: current, warnings, setError, checkNow: run };
}
