import type { ViewSpecInput } from '../../shared/contract';
import { viewSpecSchema } from '../../shared/contract';
import { ENVIRONMENT_PROFILE } from '../../electron/engine/aws/profiles';
import { listRows, type ListRowsOptions } from '../../electron/engine/paging/list-rows';
import { demoEnv } from './demo-env';

/** The engine in this process reads its credentials from the environment profile. */
export const useDemoCredentials = (): void => {
  const env = demoEnv();
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION'] as const) {
    process.env[name] = env[name];
  }
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
};

export interface Drained {
  rows: number;
  regionErrors: string[];
}

/** Options of listRows beyond the signal and overrides: the partitions listed at once. */
export type DrainOptions = Pick<ListRowsOptions, 'parallel'>;

/** Every row of a view through the engine's listRows, as the CLI and exports consume it. */
export const drainView = async (
  spec: Omit<ViewSpecInput, 'profile'>,
  endpointUrl: string,
  extra: DrainOptions = {},
): Promise<Drained> => {
  const parsed = viewSpecSchema.parse({ profile: ENVIRONMENT_PROFILE, ...spec });
  const overrides = {
    endpointUrl,
    ...(parsed.region !== 'all' ? { region: parsed.region } : {}),
  };
  const result: Drained = { rows: 0, regionErrors: [] };
  for await (const batch of listRows(parsed, {
    ...extra,
    signal: new AbortController().signal,
    overrides,
  })) {
    result.rows += batch.rows.length;
    result.regionErrors.push(...batch.regionErrors.map((e) => `${e.region}: ${e.error.code}`));
  }
  return result;
};
