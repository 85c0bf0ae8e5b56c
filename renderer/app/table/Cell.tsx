import type { ReactNode } from 'react';
import type { Cell as CellValue, ColumnType } from '../../../shared/contract';
import { hasControlChars, VisibleControls } from './VisibleControls';
import { exactBytes, formatBytes, formatDate, formatInteger, parseTags } from './format';

const STATE_TONE: Record<string, string> = {
  running: 'ok',
  pending: 'warn',
  stopping: 'warn',
  'shutting-down': 'warn',
  stopped: 'idle',
  terminated: 'bad',
};

export function StatePill({ state }: { state: string }) {
  return <span className={`pill pill-${STATE_TONE[state] ?? 'idle'}`}>{state}</span>;
}

export function TagList({ value }: { value: string }) {
  const tags = parseTags(value);
  return (
    <span className="tags" title={tags.map(([k, v]) => `${k}=${v}`).join('\n')}>
      {tags.map(([k, v]) => (
        <span key={k} className="tag">
          <span className="tag-key">{k}</span>
          {v === '' ? null : <span className="tag-value">{v}</span>}
        </span>
      ))}
    </span>
  );
}

/**
 * A cell's content by its column type; the raw value stays available on hover. A plain function
 * (not a component) because the grid renders hundreds of cells per frame while scrolling.
 */
export function cellContent(value: CellValue | undefined, type: ColumnType): ReactNode {
  if (value === null || value === undefined || value === '') {
    return <span className="empty">—</span>;
  }
  if (type === 'bytes' && typeof value === 'number') {
    return <span title={exactBytes(value)}>{formatBytes(value)}</span>;
  }
  if (type === 'number' && typeof value === 'number') return formatInteger(value);
  if (type === 'date' && typeof value === 'string') {
    const local = formatDate(value);
    return local === null ? (
      <>{value}</>
    ) : (
      <time dateTime={value} title={value}>
        {local}
      </time>
    );
  }
  if (type === 'state' && typeof value === 'string') return <StatePill state={value} />;
  if (type === 'tags' && typeof value === 'string') return <TagList value={value} />;
  if (type === 'bool')
    return <>{value === true ? 'Yes' : value === false ? 'No' : String(value)}</>;
  const text = String(value);
  return hasControlChars(text) ? <VisibleControls text={text} /> : text;
}

export function CellContent({ value, type }: { value: CellValue | undefined; type: ColumnType }) {
  return <>{cellContent(value, type)}</>;
}
