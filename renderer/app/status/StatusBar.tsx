import { useQuery } from '@tanstack/react-query';
import type { PageResult, ViewStats } from '../../../shared/contract';
import { useClient } from '../../api/client-context';
import { unwrap } from '../../api/unwrap';
import { formatCount, formatInteger } from '../table/format';
import { useLiveStats } from './use-live-stats';
import type { LiveValue } from '../common/live-value';
import { viewTotals } from './view-totals';
import { pushedDownText } from '../commands/pushed-down-text';

export type ViewPhase = 'loading' | 'more' | 'paused' | 'complete' | 'stopped';

const PHASE_TEXT: Record<ViewPhase, string> = {
  loading: 'Loading…',
  paused: 'Paused',
  more: 'More available',
  complete: 'Complete',
  stopped: 'Stopped',
};

interface StatusBarProps {
  batches: readonly PageResult[];
  filtered: boolean;
  /** Rows matched as typed among the loaded ones; null when no typed filter is shown. */
  instant: { matched: number; loaded: number } | null;
  /** The typed text the grid now answers (its result or the previous one); null while running. */
  typed: string | null;
  phase: ViewPhase;
  fetching: boolean;
  liveStats: LiveValue<ViewStats>;
  selected: number;
  /** Which column sorts the rows, whether that sort is still running, and over which rows. */
  sort: { label: string | null; pending: boolean; all: boolean };
}

/** Counts of the view (loaded, matched of scanned while filtering, pages) and the app's mode. */
export function StatusBar(props: StatusBarProps) {
  const client = useClient();
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => unwrap(client['app.info']({})) });
  const live = useLiveStats(props.liveStats, props.fetching);
  const totals = viewTotals(props.batches, live);
  const pushed = props.batches[0]?.pushedDown ?? null;
  const rows = props.instant ? props.instant.matched : totals.rows;
  return (
    <footer role="status" className="status-bar">
      <span data-testid="status-rows" data-typed={props.typed ?? undefined}>
        {formatCount(rows, 'row')}
      </span>
      {props.instant ? (
        <span data-testid="status-instant">
          {formatInteger(props.instant.matched)} matched of {formatInteger(props.instant.loaded)}{' '}
          loaded (instant)
          {props.phase === 'complete'
            ? ''
            : live || props.fetching
              ? '; scanning the pages not loaded yet…'
              : '; pages not loaded yet are filtered as they load'}
        </span>
      ) : null}
      {props.filtered ? (
        <span>
          <span data-testid="status-matched">{formatInteger(totals.matched)}</span> matched of{' '}
          <span data-testid="status-scanned">{formatInteger(totals.scanned)}</span> scanned
        </span>
      ) : null}
      <span>{formatCount(totals.pages, 'page')}</span>
      {pushed ? (
        <span
          data-testid="status-pushdown"
          title="The service does this part of the filter; the filter still checks every row."
        >
          Done by AWS: {pushedDownText(pushed)}
        </span>
      ) : null}
      <span data-testid="status-phase">{live ? 'Scanning…' : PHASE_TEXT[props.phase]}</span>
      {props.selected > 0 ? <span>{formatInteger(props.selected)} selected</span> : null}
      {props.sort.label ? (
        <span>
          {props.sort.pending
            ? `Sorting by ${props.sort.label}…`
            : props.sort.all
              ? `Sorted by ${props.sort.label} (all rows)`
              : `Sorted by ${props.sort.label} (loaded rows only)`}
        </span>
      ) : null}
      <span className="status-app">
        {info.data ? `PageScope ${info.data.version} · ${info.data.mode} mode` : 'Connecting…'}
      </span>
    </footer>
  );
}
