import type { SortProgress } from '../../../shared/contract';
import { useLiveValue, type LiveValue } from '../common/live-value';
import { formatInteger } from '../table/format';

interface SortAllNoteProps {
  /** The sorted column's label; null when the grid is not sorted. */
  label: string | null;
  /** The engine sorts every row of the view (view.sorted). */
  all: boolean;
  /** The grid's sort covers only the rows loaded so far: more exist. */
  partial: boolean;
  /** The engine is still reading the listing before its first sorted batch. */
  reading: boolean;
  progress: LiveValue<SortProgress>;
  loaded: number;
  onSortAll(): void;
  onCancel(): void;
}

/**
 * What a sort covers, said where the user sorted: the loaded rows only (with "Sort all rows"),
 * the engine reading every row (with its count and Cancel), or every row.
 */
export function SortAllNote(props: SortAllNoteProps) {
  const progress = useLiveValue(props.progress);
  if (props.label === null) return null;
  if (props.all && props.reading) {
    return (
      <section className="notice" aria-label="Sort" aria-live="polite">
        <span>
          Sorting every row by {props.label}: {formatInteger(progress?.read ?? 0)} rows read
          {progress && progress.runs > 0 ? `, ${progress.runs} sorted runs on disk` : ''}…
        </span>
        <button type="button" className="btn" onClick={props.onCancel}>
          Cancel sort
        </button>
      </section>
    );
  }
  if (props.all) {
    return (
      <section className="notice" aria-label="Sort" aria-live="polite">
        <span>Sorted by {props.label} over every row of the view.</span>
      </section>
    );
  }
  if (!props.partial) return null;
  return (
    <section className="notice" aria-label="Sort" aria-live="polite">
      <span>
        Sorted by {props.label}: the {formatInteger(props.loaded)} loaded rows only.
      </span>
      <button type="button" className="btn" onClick={props.onSortAll}>
        Sort all rows
      </button>
    </section>
  );
}
