import { useQuery } from '@tanstack/react-query';
import type { RefObject } from 'react';
import type { PageResult } from '../../../shared/contract';
import { useClient } from '../../api/client-context';
import { unwrap } from '../../api/unwrap';
import { formatCount, formatInteger } from '../table/format';
import { useLiveStats } from './use-live-stats';
import { viewTotals } from './view-totals';

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
  phase: ViewPhase;
  fetching: boolean;
  activeRequest: RefObject<string | null>;
  selected: number;
  /** Which column sorts the loaded rows, and whether that sort is still running. */
  sort: { label: string | null; pending: boolean };
}

/** Counts of the view (loaded, matched of scanned while filtering, pages) and the app's mode. */
export function StatusBar(props: StatusBarProps) {
  const client = useClient();
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => unwrap(client['app.info']({})) });
  const live = useLiveStats(props.activeRequest, props.fetching);
  const totals = viewTotals(props.batches, live);
  return (
    <footer role="status" className="status-bar">
      <span data-testid="status-rows">{formatCount(totals.rows, 'row')}</span>
      {props.filtered ? (
        <span>
          <span data-testid="status-matched">{formatInteger(totals.matched)}</span> matched of{' '}
          <span data-testid="status-scanned">{formatInteger(totals.scanned)}</span> scanned
        </span>
      ) : null}
      <span>{formatCount(totals.pages, 'page')}</span>
      <span data-testid="status-phase">{live ? 'Scanning…' : PHASE_TEXT[props.phase]}</span>
      {props.selected > 0 ? <span>{formatInteger(props.selected)} selected</span> : null}
      {props.sort.label ? (
        <span>
          {props.sort.pending
            ? `Sorting by ${props.sort.label}…`
            : `Sorted by ${props.sort.label} (loaded rows only)`}
        </span>
      ) : null}
      <span className="status-app">
        {info.data ? `PageScope ${info.data.version} · ${info.data.mode} mode` : 'Connecting…'}
      </span>
    </footer>
  );
}
