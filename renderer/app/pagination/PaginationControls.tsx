import { useId, useState, type FormEvent } from 'react';
import { limits } from '../../../shared/contract';
import { Popover, usePopoverClose } from '../common/Popover';
import {
  describePaging,
  draftOf,
  parseDraft,
  type PagingDraft,
  type PagingSettings,
} from './paging-settings';

interface FormProps {
  value: PagingSettings;
  onApply(settings: PagingSettings): void;
}

type FieldProps = (name: keyof PagingDraft) => {
  value: string;
  onChange(event: { target: { value: string } }): void;
  'aria-describedby': string | undefined;
};

function PagingFields({ field }: { field: FieldProps }) {
  return (
    <>
      <label>
        Page size
        <input
          type="number"
          min={1}
          max={limits.maxPageSize}
          placeholder="service default"
          {...field('pageSize')}
        />
      </label>
      <label>
        Max items
        <input
          type="number"
          min={1}
          max={limits.maxItems}
          placeholder="no limit"
          {...field('maxItems')}
        />
      </label>
      <label>
        Starting token
        <input
          type="text"
          className="mono"
          spellCheck={false}
          placeholder="NextToken from a previous listing"
          {...field('startingToken')}
        />
      </label>
    </>
  );
}

function PaginationForm({ value, onApply }: FormProps) {
  const close = usePopoverClose();
  const [draft, setDraft] = useState<PagingDraft>(() => draftOf(value));
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  const field: FieldProps = (name) => ({
    value: draft[name],
    onChange: (event) => setDraft({ ...draft, [name]: event.target.value }),
    'aria-describedby': problem ? problemId : undefined,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDraft(draft);
    if (typeof parsed === 'string') return setProblem(parsed);
    onApply(parsed);
    close();
  };
  const reset = () => {
    onApply({});
    close();
  };
  // noValidate: the limits are explained by parseDraft's messages, not by the browser's tooltips.
  return (
    <form className="paging-form" noValidate onSubmit={submit}>
      <PagingFields field={field} />
      {problem ? (
        <p id={problemId} className="form-problem">
          {problem}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="btn" onClick={reset}>
          Reset
        </button>
        <button type="submit" className="btn btn-primary">
          Apply
        </button>
      </div>
    </form>
  );
}

/** The "advanced" pagination popover: boto3's PageSize, MaxItems and StartingToken. */
export function PaginationControls({
  value,
  onApply,
}: {
  value: PagingSettings;
  onApply(s: PagingSettings): void;
}) {
  const summary = describePaging(value);
  return (
    <Popover
      label={summary ? `Pagination: ${summary}` : 'Pagination'}
      kind="dialog"
      title="Pagination settings"
    >
      <PaginationForm value={value} onApply={onApply} />
    </Popover>
  );
}
