import type { HandlerGroup } from '../handler-context';
import { ViewSessions } from '../../engine/paging/view-sessions';
import { resourceInfos } from '../../engine/resources/registry';
import { columnCheck, filterCheck, mfaAnswer, profilesList, regionsList } from './engine/catalog';
import { viewItem } from './engine/view-item';
import { viewPage } from './engine/view-page';
import { viewSummary } from './engine/view-summary';

/** The paging engine's contract methods; one session store per engine (per worker). */
export const engineHandlers = (): HandlerGroup<
  | 'profiles.list'
  | 'regions.list'
  | 'resources.list'
  | 'view.page'
  | 'view.item'
  | 'view.summary'
  | 'filter.check'
  | 'column.check'
  | 'mfa.answer'
> => {
  const sessions = new ViewSessions();
  return {
    'profiles.list': profilesList,
    'regions.list': regionsList,
    'resources.list': async () => ({ resources: resourceInfos() }),
    'view.page': viewPage(sessions),
    'view.item': viewItem,
    'view.summary': viewSummary,
    'filter.check': filterCheck,
    'column.check': columnCheck,
    'mfa.answer': mfaAnswer,
  };
};
