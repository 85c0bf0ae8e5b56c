import type { FilterError as FilterErrorData } from './filter-error';

/** The engine's message with the column marked under the expression, as a compiler shows it. */
export function FilterErrorAlert({ id, error }: { id: string; error: FilterErrorData }) {
  return (
    <div role="alert" id={id} className="filter-error">
      <div>
        {error.column !== null && !/column/i.test(error.message) ? `Column ${error.column}: ` : ''}
        {error.message}
      </div>
      {error.column !== null ? (
        <pre className="caret" aria-hidden="true">
          {error.expression}
          {'\n'}
          {' '.repeat(error.column - 1)}^
        </pre>
      ) : null}
    </div>
  );
}
