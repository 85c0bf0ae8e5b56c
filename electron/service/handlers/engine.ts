import type { HandlerGroup } from '../handler-context';
import { ViewSessions } from '../../engine/paging/view-sessions';
import { resourceInfos } from '../../engine/resources/registry';
import { columnCheck, filterCheck, mfaAnswer, profilesList, regionsList } from './engine/catalog';
import { viewItem } from './engine/view-item';
import { viewPage } from './engine/view-page';
import { viewSummary } from './engine/view-summary';
import { viewSorted, type SortedSession } from './engine/view-sorted';

/** The paging engine's contract methods; one session store per engine (per worker). */
export const engineHandlers = (): HandlerGroup<
  | 'profiles.list'
  | 'regions.list'
  | 'resources.list'
  | 'view.page'
  | 'view.sorted'
  | 'view.item'
  | 'view.summary'
  | 'filter.check'
  | 'column.check'
  | 'mfa.answer'
> => {
  const sessions = new ViewSessions();
  // A sorted view may hold its rows on disk: fewer of them per window than open listings.
  const sorted = new ViewSessions<SortedSession>({
    perConnection: 2,
    total: 8,
    idleMs: 5 * 60_000,
  });
  return {
    'profiles.list': profilesList,
    'regions.list': regionsList,
    'resources.list': async () => ({ resources: resourceInfos() }),
    'view.page': viewPage(sessions),
    'view.sorted': viewSorted(sorted),
    'view.item': viewItem,
    'view.summary': viewSummary,
    'filter.check': filterCheck,
    'column.check': columnCheck,
    'mfa.answer': mfaAnswer,
  };
};
