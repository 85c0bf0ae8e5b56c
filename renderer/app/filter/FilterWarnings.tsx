import type { FilterWarning } from '../../../shared/contract';

/**
 * Valid JMESPath that is probably a mistake (`"running"` in double quotes, `Size > '0'`): what
 * it does, where, and the expression as it was probably meant, one click away.
 */
export function FilterWarnings(props: {
  warnings: FilterWarning[];
  onUse(expression: string): void;
}) {
  return (
    <div role="status" aria-label="Filter warnings" className="filter-warning">
      {props.warnings.map((w) => (
        <div key={`${w.column}:${w.message}`}>
          {`Warning, column ${w.column}: ${w.message}`}
          {w.suggestion !== null ? (
            <button
              type="button"
              className="link-button mono"
              onClick={() => props.onUse(w.suggestion!)}
            >
              {`Use ${w.suggestion}`}
            </button>
          ) : null}
        </div>
      ))}
    </div>
  );
}
