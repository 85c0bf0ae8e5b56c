import type { ViewSpec } from '../../../shared/contract';
import { filterWarnings } from '../../engine/filter/filter-warnings';

/**
 * The filter's (or query's) likely mistakes as stderr lines, the same warnings the app shows
 * under the filter box: the option, the column, what is wrong and the expression as meant.
 */
export const filterWarningLines = (spec: ViewSpec): string => {
  if (!spec.filter) return '';
  const option = spec.filter.mode === 'page' ? '--query' : '--filter';
  return filterWarnings(spec.filter.expression)
    .map(
      (w) =>
        `pagescope: warning: ${option} column ${w.column}: ${w.message}` +
        (w.suggestion === null ? '' : ` Did you mean: ${w.suggestion}`) +
        '\n',
    )
    .join('');
};
