import { ApiFailure } from '../../../shared/contract';
import type { HandlerGroup } from '../handler-context';
import type { HostServices } from '../host-services';

// PLACEHOLDER until export lands (issue 6); replaced by the real handlers.
const pending = async (): Promise<never> => {
  throw ApiFailure.of('INTERNAL', 'Not available yet.');
};

export const exportHandlers = (
  _host: HostServices,
): HandlerGroup<'export.start' | 'export.cancel' | 'export.reveal'> => ({
  'export.start': pending,
  'export.cancel': pending,
  'export.reveal': pending,
});
