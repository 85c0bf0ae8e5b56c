import type { HandlerGroup } from '../handler-context';
import type { HostServices } from '../host-services';

export const appHandlers = (host: HostServices): HandlerGroup<'app.info'> => ({
  'app.info': async () => ({ name: 'PageScope', version: host.version, mode: host.mode }),
});
