import { ApiFailure } from '../../../shared/contract';
import type { HandlerGroup } from '../handler-context';

// PLACEHOLDER until the paging engine lands (issue 4); replaced by the real handlers.
const pending = async (): Promise<never> => {
  throw ApiFailure.of('INTERNAL', 'Not available yet.');
};

export const engineHandlers = (): HandlerGroup<
  | 'profiles.list'
  | 'regions.list'
  | 'resources.list'
  | 'view.page'
  | 'view.item'
  | 'filter.check'
  | 'mfa.answer'
> => ({
  'profiles.list': pending,
  'regions.list': pending,
  'resources.list': pending,
  'view.page': pending,
  'view.item': pending,
  'filter.check': pending,
  'mfa.answer': pending,
});
