import { expect } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  viewSpecSchema,
  type RegionError,
  type Row,
  type ViewSpec,
  type ViewSpecInput,
} from '../../../../shared/contract';
import { forgetClients } from '../../../../electron/engine/aws/clients';
import { forgetProfiles } from '../../../../electron/engine/aws/resolve-profile';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { listRows, type ListRowsOptions } from '../../../../electron/engine/paging/list-rows';

export const demoKeys = {
  aws_access_key_id: DEMO_ACCESS_KEY_ID,
  aws_secret_access_key: DEMO_SECRET_ACCESS_KEY,
};

type Sections = Record<string, Record<string, string>>;

const ini = (sections: Sections, prefix: (name: string) => string): string =>
  Object.entries(sections)
    .map(
      ([name, values]) =>
        `[${prefix(name)}]\n${Object.entries(values)
          .map(([k, v]) => `${k} = ${v}`)
          .join('\n')}\n`,
    )
    .join('\n');

/**
 * Real AWS config and credentials files in a fresh folder, pointed to by AWS_CONFIG_FILE and
 * AWS_SHARED_CREDENTIALS_FILE (vitest runs each test file in its own process).
 */
export const useProfileFiles = async (
  config: Sections,
  credentials: Sections = {},
  raw: { config?: string } = {},
): Promise<{ configPath: string; credentialsPath: string }> => {
  const dir = await mkdtemp(join(tmpdir(), 'pagescope-profiles-'));
  const configPath = join(dir, 'config');
  const credentialsPath = join(dir, 'credentials');
  const configText = ini(config, (n) => (n === 'default' ? n : `profile ${n}`));
  await writeFile(configPath, raw.config ?? configText);
  await writeFile(
    credentialsPath,
    ini(credentials, (n) => n),
  );
  process.env.AWS_CONFIG_FILE = configPath;
  process.env.AWS_SHARED_CREDENTIALS_FILE = credentialsPath;
  forgetProfiles();
  forgetClients();
  return { configPath, credentialsPath };
};

/** A profile "local" with the demo keys, talking to the endpoint at `url`. */
export const useLocalProfile = (url: string, name = 'local') =>
  useProfileFiles({ [name]: { region: 'us-east-1', endpoint_url: url } }, { [name]: demoKeys });

export const spec = (input: ViewSpecInput): ViewSpec => viewSpecSchema.parse(input);

export interface Collected {
  rows: Row[];
  resumeToken: string | null;
  regionErrors: RegionError[];
  batches: number;
}

/** Every row listRows gives for a view. */
export const collect = async (
  input: ViewSpecInput,
  options: Partial<ListRowsOptions> = {},
): Promise<Collected> => {
  const out: Collected = { rows: [], resumeToken: null, regionErrors: [], batches: 0 };
  for await (const batch of listRows(spec(input), {
    signal: new AbortController().signal,
    ...options,
  })) {
    for (const row of batch.rows) out.rows.push(row);
    out.regionErrors.push(...batch.regionErrors);
    out.resumeToken = batch.resumeToken;
    out.batches += 1;
  }
  return out;
};

/** Every row of a view, one at a time (a million rows need not sit in memory). */
export const forEachRow = async (
  input: ViewSpecInput,
  onRow: (row: Row) => void,
  options: Partial<ListRowsOptions> = {},
): Promise<void> => {
  for await (const batch of listRows(spec(input), {
    signal: new AbortController().signal,
    ...options,
  })) {
    for (const row of batch.rows) onRow(row);
  }
};

/** S3 lists keys in UTF-8 byte order. */
export const inByteOrder = (keys: string[]): boolean =>
  keys.every(
    (key, i) => i === 0 || Buffer.compare(Buffer.from(keys[i - 1]!), Buffer.from(key)) < 0,
  );

/**
 * Every row of a view listed in runs of at most `maxItems`, each resumed from the last one's
 * NextToken until none is printed; checks that no run gives more than `maxItems` rows.
 */
export const collectInRuns = async (
  input: ViewSpecInput,
  runs: { pageSize: number; maxItems: number },
  options: Partial<ListRowsOptions> = {},
): Promise<Row[]> => {
  const seen: Row[] = [];
  let token: string | undefined;
  do {
    const run = await collect(
      { ...input, ...runs, ...(token ? { startingToken: token } : {}) },
      options,
    );
    expect(run.rows.length).toBeLessThanOrEqual(runs.maxItems);
    seen.push(...run.rows);
    token = run.resumeToken ?? undefined;
  } while (token);
  return seen;
};
