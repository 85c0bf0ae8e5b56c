import type { Handlers } from '../handler-context';
import type { HostServices } from '../host-services';
import { appHandlers } from './app';
import { engineHandlers } from './engine';
import { exportHandlers } from './export';
import { withMfaPrompts } from './with-mfa-prompts';

/** Every contract method's handler, assembled from the feature groups. */
export const createHandlers = (host: HostServices): Handlers =>
  withMfaPrompts({
    ...appHandlers(host),
    ...engineHandlers(),
    ...exportHandlers(host),
  });
