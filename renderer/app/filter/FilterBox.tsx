import { useId, type ReactNode } from 'react';
import type { FilterMode, FilterSpec } from '../../../shared/contract';
import { Popover, usePopoverClose } from '../common/Popover';
import type { FilterError } from './filter-error';
import { FilterErrorAlert } from './FilterError';
import { FilterWarnings } from './FilterWarnings';
import type { CheckFilter } from './use-filter-check';
import { useFilterBox } from './use-filter-box';

export interface FilterBoxProps {
  applied: FilterSpec | null;
  examples: string[];
  check: CheckFilter;
  onApply(filter: FilterSpec | null): void;
  onType(filter: FilterSpec | null): void;
  /** Says what the grid shows when it is not the typed filter's result. */
  note?: ReactNode;
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
 * The JMESPath filter: applied to the loaded rows as it is typed, checked by the engine (it owns
 * the dialect; the error names the column and marks it under the text), applied to the whole
 * listing by the engine on Enter, cleared with Escape.
 */
export function FilterBox(props: FilterBoxProps) {
  const box = useFilterBox(props);
  const errorId = useId();
  const shown = box.error;
  return (
    <div className="filter">
      <div className="filter-row">
        <input
          type="text"
          aria-label="Filter"
          className={`filter-input mono${props.applied ? ' applied' : ''}`}
          placeholder="JMESPath filter, e.g. [?Size > `1048576`] — filters as you type, Esc clears"
          value={box.text}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={shown !== null}
          aria-describedby={shown ? errorId : undefined}
          onChange={(event) => box.setText(event.target.value)}
          onKeyDown={box.onKeyDown}
        />
        <select
          aria-label="Filter mode"
          className="select"
          value={box.mode}
          onChange={(e) => box.setMode(e.target.value as FilterMode)}
        >
          <option value="item">Items</option>
          <option value="page" title="The expression applies to each raw page, like aws --query">
            Pages
          </option>
        </select>
        <PickList label="Examples" items={props.examples} empty="No examples" onPick={box.pick} />
        <PickList label="History" items={box.history} empty="No recent filters" onPick={box.pick} />
      </div>
      {props.note}
      {shown ? <FilterErrorAlert id={errorId} error={shown} /> : null}
      {!shown && box.warnings.length > 0 ? (
        <FilterWarnings warnings={box.warnings} onUse={box.pick} />
      ) : null}
    </div>
  );
}
