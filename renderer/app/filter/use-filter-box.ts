import { useState, type KeyboardEvent } from 'react';
import type { FilterMode, FilterSpec } from '../../../shared/contract';
import type { FilterError } from './filter-error';
import { readHistory, rememberFilter } from './filter-history';
import { useFilterCheck, type CheckFilter } from './use-filter-check';

interface FilterBoxState {
  applied: FilterSpec | null;
  check: CheckFilter;
  onApply(filter: FilterSpec | null): void;
  viewError?: FilterError | null;
}

/** The filter box's text, mode and history; Enter applies a valid filter, Escape clears. */
export function useFilterBox({ applied, check, onApply, viewError }: FilterBoxState) {
  const [text, setText] = useState(applied?.expression ?? '');
  const [mode, setMode] = useState<FilterMode>(applied?.mode ?? 'item');
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
