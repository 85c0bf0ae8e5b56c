import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { pagescopeInProcess } from '../../hosts/cli/in-process-cli';
import { motoMissing, startMoto, type MotoServer } from '../paging/moto-server';

/** The keys and region moto is asked with, by boto3 and by PageScope alike. */
const MOTO_ENV = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_DEFAULT_REGION: 'us-east-1',
};

/** moto as a test file's judge: its boto3 fixture script and PageScope, both pointed at it. */
export interface MotoJudge {
  /** Why moto cannot run here, or null when it can. */
  missing: string | null;
  /** The file's boto3 script with these arguments after moto's URL (and this stdin): stdout. */
  boto3(args: string[], stdin?: string): Promise<string>;
  /** `pagescope list ARGS --region us-east-1 --endpoint-url MOTO --output json`, parsed. */
  list(args: string[]): Promise<unknown>;
}

/**
 * Starts moto before a file's tests (then `prepare`, which seeds its data and may ask boto3
 * for the references in one Python process) and stops it after. PageScope runs in this process
 * with moto's keys from the environment and no configuration files of the machine's user.
 */
export const useMoto = (script: URL, prepare?: (judge: MotoJudge) => Promise<void>): MotoJudge => {
  const missing = motoMissing();
  let moto: MotoServer | null = null;
  const judge: MotoJudge = {
    missing,
    boto3: (args, stdin = '') =>
      new Promise((resolve, reject) => {
        const child = execFile(
          'python3',
          [script.pathname, moto!.url, ...args],
          { env: { ...process.env, ...MOTO_ENV }, maxBuffer: 64 * 1024 * 1024 },
          (error, stdout, stderr) =>
            error ? reject(new Error(`${error.message}: ${stderr}`)) : resolve(stdout),
        );
        child.stdin!.end(stdin);
      }),
    list: async (args) => {
      const out = await pagescopeInProcess([
        'list',
        ...args,
        '--region',
        'us-east-1',
        '--endpoint-url',
        moto!.url,
        '--output',
        'json',
      ]);
      expect(out.code, out.stderr).toBe(0);
      return JSON.parse(out.stdout) as unknown;
    },
  };
  beforeAll(async () => {
    if (missing) return;
    moto = await startMoto();
    await prepare?.(judge);
    const home = mkdtempSync(join(tmpdir(), 'pagescope-moto-'));
    Object.assign(process.env, MOTO_ENV, {
      HOME: home,
      AWS_CONFIG_FILE: join(home, 'none'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'none'),
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });
    delete process.env.AWS_PROFILE;
  }, 120_000);
  afterAll(() => moto?.stop());
  return judge;
};
