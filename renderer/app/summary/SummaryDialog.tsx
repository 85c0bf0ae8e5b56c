import { useState } from 'react';
import type { Summary, SummaryEntry, ViewSpecInput } from '../../../shared/contract';
import { summaryCsv } from '../../../shared/csv/summary-csv';
import { useModalDialog } from '../common/use-modal-dialog';
import { triggerDownload } from '../export/trigger-download';
import { formatBytes, formatDate, formatInteger } from '../table/format';
import { SummaryChart } from './SummaryChart';
import { groupName } from './summary-text';
import { useSummary, type SummaryState } from './use-summary';
import './summary.css';

interface SummaryDialogProps {
  spec: ViewSpecInput;
  onClose(): void;
}

const statusText = (state: SummaryState): string => {
  const rows = state.summary ? `${formatInteger(state.summary.count)} rows` : 'no rows yet';
  switch (state.status) {
    case 'running':
      return `Summarising the whole view… ${rows} so far`;
    case 'done':
      return `Complete: ${rows}`;
    case 'cancelled':
      return `Cancelled after ${rows}: the figures cover those only`;
    case 'failed':
      return `Stopped after ${rows}: ${state.error?.message ?? 'failed'}`;
  }
};

function Totals({ summary }: { summary: Summary }) {
  return (
    <dl className="summary-totals">
      <dt>Rows</dt>
      <dd>{formatInteger(summary.count)}</dd>
      {summary.totalSize !== null ? (
        <>
          <dt>Total size</dt>
          <dd>
            {formatBytes(summary.totalSize)} ({formatInteger(summary.totalSize)} bytes)
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function Groupings({ summary }: { summary: Summary }) {
  const bySize = summary.totalSize !== null;
  return summary.groupings.map((grouping) => (
    <section key={grouping.by} className="summary-grouping">
      <SummaryChart grouping={grouping} bySize={bySize} />
      <div className="summary-table-scroll">
        <table>
          <caption>{grouping.label}</caption>
          <thead>
            <tr>
              <th scope="col">{grouping.label}</th>
              <th scope="col">Rows</th>
              {bySize ? <th scope="col">Size</th> : null}
            </tr>
          </thead>
          <tbody>
            {grouping.groups.map((g) => (
              <tr key={`${typeof g.value}:${String(g.value)}`}>
                <th scope="row">{groupName(g.value)}</th>
                <td>{formatInteger(g.count)}</td>
                {bySize ? <td>{formatBytes(g.size ?? 0)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  ));
}

function Entries({
  title,
  entries,
  ids,
}: {
  title: string;
  entries: SummaryEntry[];
  ids: string[];
}) {
  if (entries.length === 0) return null;
  return (
    <table className="summary-entries">
      <caption>{title}</caption>
      <thead>
        <tr>
          {ids.map((id) => (
            <th key={id} scope="col">
              {id}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, i) => (
          <tr key={i}>
            {ids.map((id) => {
              const value = entry[id];
              const shown =
                typeof value === 'number' && id === 'Size'
                  ? formatBytes(value)
                  : typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)
                    ? (formatDate(value) ?? value)
                    : groupName(value ?? null);
              return <td key={id}>{shown}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The summary as `pagescope summarize --output csv` writes it, saved by the browser. */
const downloadSummaryCsv = (summary: Summary, spec: ViewSpecInput) => {
  const url = URL.createObjectURL(new Blob([summaryCsv(summary)], { type: 'text/csv' }));
  const place = spec.params?.bucket ? `-${spec.params.bucket}` : '';
  triggerDownload(url, `summary-${spec.resource}${place}.csv`);
  // The download has its own copy once started; the page need not keep the text.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** One summary of the view at one folder depth, with its status and actions. */
function SummaryContent({
  spec,
  depth,
  onDepth,
  onClose,
}: {
  spec: ViewSpecInput;
  depth: number;
  onDepth(depth: number): void;
  onClose(): void;
}) {
  const { state, cancel } = useSummary(spec, depth);
  const hasFolders = state.summary?.groupings.some((g) => g.by === 'folder') ?? false;
  return (
    <>
      <p role="status" className="summary-status">
        {statusText(state)}
      </p>
      <div className="summary-actions">
        {state.status === 'running' ? (
          <button type="button" className="btn" onClick={cancel}>
            Cancel summary
          </button>
        ) : null}
        {state.status === 'done' && state.summary ? (
          <button
            type="button"
            className="btn"
            onClick={() => downloadSummaryCsv(state.summary!, spec)}
          >
            Export CSV
          </button>
        ) : null}
        {hasFolders ? (
          <label>
            Folder depth{' '}
            <select value={depth} onChange={(e) => onDepth(Number(e.target.value))}>
              {[1, 2, 3, 4, 5, 6].map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
      {state.summary ? (
        <div className="summary-body">
          <Totals summary={state.summary} />
          <Groupings summary={state.summary} />
          <Entries
            title="Largest"
            entries={state.summary.largest}
            ids={state.summary.entryColumns}
          />
          <Entries title="Oldest" entries={state.summary.oldest} ids={state.summary.entryColumns} />
        </div>
      ) : null}
    </>
  );
}

/**
 * The Summary of the whole view (its filter applied): counts and sizes by group, filled in live
 * as the engine lists, with the largest and oldest rows. Modal; Escape or Close cancels a
 * summary still running.
 */
export function SummaryDialog({ spec, onClose }: SummaryDialogProps) {
  const [depth, setDepth] = useState(1);
  const { titleId, dialogProps } = useModalDialog(onClose);

  return (
    <dialog className="summary-dialog" {...dialogProps}>
      <h2 id={titleId}>Summary</h2>
      <SummaryContent key={depth} spec={spec} depth={depth} onDepth={setDepth} onClose={onClose} />
    </dialog>
  );
}
