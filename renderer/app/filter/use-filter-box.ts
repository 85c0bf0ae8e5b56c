import { useState, type KeyboardEvent } from 'react';
import type { FilterMode, FilterSpec } from '../../../shared/contract';
import type { FilterError } from './filter-error';
import { readHistory, rememberFilter } from './filter-history';
import { useFilterCheck, type CheckFilter } from './use-filter-check';

interface FilterBoxState {
  applied: FilterSpec | null;
  check: CheckFilter;
  onApply(filter: FilterSpec | null): void;
  /** Every change of the text or mode, for filtering the loaded rows as the user types. */
  onType(filter: FilterSpec | null): void;
  viewError?: FilterError | null;
}

const typedFilter = (expression: string, mode: FilterMode): FilterSpec | null =>
  expression.trim() === '' ? null : { expression, mode };

/**
 * The filter box's text, mode and history. Each change goes to the loaded rows at once; Enter
 * applies a valid filter to the view (the engine scans every page with it, and the view keeps
 * it); Escape clears both.
 */
export function useFilterBox(state: FilterBoxState) {
  const { applied, check, onApply, onType, viewError } = state;
  const [text, setTextState] = useState(applied?.expression ?? '');
  const [mode, setModeState] = useState<FilterMode>(applied?.mode ?? 'item');
  const setText = (next: string) => {
    setTextState(next);
    onType(typedFilter(next, mode));
  };
  const setMode = (next: FilterMode) => {
    setModeState(next);
    onType(typedFilter(text, next));
  };
  const [history, setHistory] = useState(readHistory);
  const { error, warnings, setError, checkNow } = useFilterCheck(check, text, mode);
  const shown = error ?? (viewError && viewError.expression === text ? viewError : null);

  const apply = async (expression: string) => {
    if (expression.trim() === '') return onApply(null);
    const spec = { expression, mode };
    if ((await checkNow(spec)) !== null) return;
    setHistory(rememberFilter(expression));
    onApply(spec);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void apply(text);
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      setText('');
      setError(null);
      if (applied) onApply(null);
    }
  };
  const pick = (expression: string) => {
    setText(expression);
    void apply(expression);
  };
  return { text, setText, mode, setMode, history, error: shown, warnings, onKeyDown, pick };
}
