import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserModeHost } from '../fixtures';

// AWS's documented example key pair, which the local endpoint accepts (README).
export const DEMO_KEYS =
  'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n';

/**
 * A browser-mode host whose AWS config has one static-keys profile, `local`, pointing at the
 * test's own endpoint through `endpoint_url` (as a user's config points at LocalStack or MinIO),
 * so the test can script faults on the endpoint the UI lists from.
 */
export const startLocalProfileHost = async (endpointUrl: string) => {
  const home = mkdtempSync(join(tmpdir(), 'pagescope-ui-'));
  writeFileSync(
    join(home, 'config'),
    `[profile local]\nregion = us-east-1\nendpoint_url = ${endpointUrl}\n`,
  );
  writeFileSync(join(home, 'credentials'), `[local]\n${DEMO_KEYS}`);
  const host = await startBrowserModeHost({
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
  });
  return {
    ...host,
    stop() {
      host.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
};
