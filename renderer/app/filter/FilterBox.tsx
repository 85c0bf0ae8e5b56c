import { useId, useState, type KeyboardEvent } from 'react';
import type { FilterMode, FilterSpec } from '../../../shared/contract';
import { Popover, usePopoverClose } from '../common/Popover';
import type { FilterError } from './filter-error';
import { FilterErrorAlert } from './FilterError';
import { readHistory, rememberFilter } from './filter-history';
import { useFilterCheck, type CheckFilter } from './use-filter-check';

export interface FilterBoxProps {
  applied: FilterSpec | null;
  examples: string[];
  check: CheckFilter;
  onApply(filter: FilterSpec | null): void;
  /** A BAD_FILTER the engine returned for the applied filter, shown like a typing error. */
  viewError?: FilterError | null;
}

function PickItems({
  items,
  empty,
  onPick,
}: {
  items: string[];
  empty: string;
  onPick(e: string): void;
}) {
  const close = usePopoverClose();
  if (items.length === 0) return <div className="popover-empty">{empty}</div>;
  return items.map((item) => (
    <button
      key={item}
      type="button"
      role="menuitem"
      className="menu-item mono"
      onClick={() => {
        close();
        onPick(item);
      }}
    >
      {item}
    </button>
  ));
}

function PickList(props: {
  label: string;
  items: string[];
  empty: string;
  onPick(e: string): void;
}) {
  return (
    <Popover label={props.label} kind="menu" className="filter-pick">
      <PickItems items={props.items} empty={props.empty} onPick={props.onPick} />
    </Popover>
  );
}

/**
 * The JMESPath filter: checked while typing, applied on Enter, cleared with Escape. The engine
 * validates (it owns the dialect); the error names the column and marks it under the text.
 */
export function FilterBox({ applied, examples, check, onApply, viewError }: FilterBoxProps) {
  const [text, setText] = useState(applied?.expression ?? '');
  const [mode, setMode] = useState<FilterMode>(applied?.mode ?? 'item');
  const [history, setHistory] = useState(readHistory);
  const { error, setError, checkNow } = useFilterCheck(check, text, mode);
  const errorId = useId();
  const shown = error ?? (viewError && viewError.expression === text ? viewError : null);

  const apply = async (expression: string, filterMode: FilterMode) => {
    if (expression.trim() === '') return onApply(null);
    const spec = { expression, mode: filterMode };
    if ((await checkNow(spec)) !== null) return;
    setHistory(rememberFilter(expression));
    onApply(spec);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void apply(text, mode);
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      setText('');
      setError(null);
      if (applied) onApply(null);
    }
  };
  const pick = (expression: string) => {
    setText(expression);
    void apply(expression, mode);
  };
  const pending =
    applied?.expression !== text.trim() && text.trim() !== '' ? ' (Enter to apply)' : '';
  return (
    <div className="filter">
      <div className="filter-row">
        <input
          type="text"
          aria-label="Filter"
          className={`filter-input mono${applied ? ' applied' : ''}`}
          placeholder="JMESPath filter, e.g. [?Size > `1048576`] — Enter applies, Esc clears"
          value={text}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={shown !== null}
          aria-describedby={shown ? errorId : undefined}
          title={`Filter${pending}`}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <select
          aria-label="Filter mode"
          className="select"
          value={mode}
          onChange={(e) => setMode(e.target.value as FilterMode)}
        >
          <option value="item">Items</option>
          <option value="page">Pages (--query)</option>
        </select>
        <PickList label="Examples" items={examples} empty="No examples" onPick={pick} />
        <PickList label="History" items={history} empty="No recent filters" onPick={pick} />
      </div>
      {shown ? <FilterErrorAlert id={errorId} error={shown} /> : null}
    </div>
  );
}
