import { useId, useRef, useState, type FormEvent } from 'react';
import type { AddedColumn, MethodOutput, Result } from '../../../shared/contract';
import { addProblem, draftColumn } from './added-columns';

export type CheckColumn = (column: AddedColumn) => Promise<Result<MethodOutput<'column.check'>>>;

export interface AddColumnProps {
  added: readonly AddedColumn[];
  /** Labels of the view's columns now, so a new one does not repeat one. */
  labels: readonly string[];
  /** Tag keys seen in the loaded rows, offered as `tag:KEY`. */
  tagKeys(): string[];
  check: CheckColumn;
  onAdd(column: AddedColumn): void;
}

/**
 * "Add column…": a JMESPath path over each item or `tag:KEY`. The engine compiles it before it
 * joins the view, so a mistake is shown here with its position and the view stays as it was.
 */
export function AddColumnForm(props: AddColumnProps) {
  const [open, setOpen] = useState(false);
  const [expression, setExpression] = useState('');
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [offered, setOffered] = useState<string[]>([]);
  const listId = useId();
  const problemId = useId();
  const input = useRef<HTMLInputElement>(null);
  if (!open) {
    const show = () => {
      setOffered(props.tagKeys());
      setOpen(true);
    };
    return (
      <button type="button" className="btn add-column-toggle" onClick={show}>
        Add column…
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const column = draftColumn(expression, label);
    const local = addProblem(column, props.added, props.labels);
    if (local) return setProblem(local);
    setBusy(true);
    const result = await props.check(column).finally(() => setBusy(false));
    if (!result.ok) return setProblem(result.error.message);
    setProblem(null);
    setExpression('');
    setLabel('');
    props.onAdd(column);
    // Ready for the next one; focus stays in the menu, so Escape still closes it.
    input.current?.focus();
  };
  const described = problem ? problemId : undefined;
  return (
    <form className="add-column" onSubmit={(event) => void submit(event)}>
      <label>
        Path or tag
        <input
          ref={input}
          type="text"
          className="mono"
          list={listId}
          spellCheck={false}
          autoFocus
          placeholder="VpcId, Placement.Tenancy or tag:team"
          value={expression}
          aria-invalid={problem ? true : undefined}
          aria-describedby={described}
          onChange={(e) => setExpression(e.target.value)}
        />
      </label>
      <datalist id={listId} data-testid="tag-key-options">
        {offered.map((key) => (
          <option key={key} value={`tag:${key}`} />
        ))}
      </datalist>
      <div className="add-column-row">
        <label>
          Label
          <input
            type="text"
            placeholder="optional"
            value={label}
            aria-describedby={described}
            onChange={(e) => setLabel(e.target.value)}
          />
        </label>
        <button type="submit" className="btn btn-primary" aria-busy={busy}>
          Add
        </button>
      </div>
      {problem ? (
        <p id={problemId} role="alert" className="add-column-problem">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
