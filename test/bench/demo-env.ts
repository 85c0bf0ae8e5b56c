import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../shared/demo-credentials';

export const BENCH_REGION = 'us-east-1';

/**
 * The environment every contender runs with: the demo credentials and nothing from the user's
 * own AWS setup (no profile, no config file), so all of them talk to the bench endpoint alike.
 */
export const demoEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('AWS_')) delete env[name];
  return {
    ...env,
    AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
    AWS_REGION: BENCH_REGION,
    AWS_DEFAULT_REGION: BENCH_REGION,
    AWS_CONFIG_FILE: '/nonexistent/pagescope-bench-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/pagescope-bench-credentials',
    AWS_PAGER: '',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...extra,
  };
};
