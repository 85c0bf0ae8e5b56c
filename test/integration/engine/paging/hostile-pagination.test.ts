import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure, type Row } from '../../../../shared/contract';
import { listRows } from '../../../../electron/engine/paging/list-rows';
import { spec, useLocalProfile } from './engine-harness';
import {
  keysAfter,
  listXml,
  sendXml,
  startHostileServer,
  type Script,
} from '../http/hostile-s3-server';
import {
  cyclingTokens,
  FOLDER_KEYS,
  ignoresStartAfter,
  withFolders,
} from '../http/hostile-scenarios';

const retry = { attempts: 2, baseMs: 1, capMs: 1 };
const view = spec({
  profile: 'local',
  region: 'us-east-1',
  resource: 's3-objects',
  params: { bucket: 'b' },
  pageSize: 2,
});

let server: Awaited<ReturnType<typeof startHostileServer>> | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

/** The rows a listing gave before it stopped, and the error it stopped with. */
const run = async (script: Script, parallel?: number) => {
  server = await startHostileServer(script);
  await useLocalProfile(server.url);
  const rows: Row[] = [];
  const signal = new AbortController().signal;
  const options = { signal, retry, ...(parallel ? { parallel } : {}) };
  try {
    for await (const batch of listRows(view, options)) rows.push(...batch.rows);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiFailure);
    return { keys: rows.map((r) => r[0]), error: (error as ApiFailure).apiError };
  }
  return { keys: rows.map((r) => r[0]), error: null };
};

const FOLDERS = ['a/', 'b/', 'c/', 'd/'];
const ALL = FOLDER_KEYS;
const discovery = (script: Script): Script => withFolders(FOLDERS, script);

describe('a server whose tokens repeat', () => {
  it('stops an A-B-A token cycle on the sequential listing', async () => {
    const { error } = await run(cyclingTokens);
    expect(error?.code).toBe('SERVICE_ERROR');
    expect(error?.message).toMatch(/next token it had sent before/);
    expect(server!.requests()).toBeLessThan(10);
  });

  it('stops an A-B-A token cycle on the ordered parallel listing', async () => {
    const { error } = await run(discovery(cyclingTokens), 4);
    expect(error?.message).toMatch(/next token it had sent before/);
    expect(server!.requests()).toBeLessThan(40);
  });

  it('stops the same token twice on the ordered parallel listing', async () => {
    const { error } = await run(
      discovery((req, res) => sendXml(res, listXml([`k${req.n}`], 'SAME'))),
      4,
    );
    expect(error?.message).toMatch(/next token it had sent before|same next token/);
    expect(server!.requests()).toBeLessThan(40);
  });
});

describe('a server that ignores where a page should start', () => {
  /** Always the first two keys, with a fresh token each time. */
  const fromTheStart: Script = (req, res) => sendXml(res, listXml(ALL.slice(0, 2), `t${req.n}`));

  it('is refused on the sequential listing before a key repeats', async () => {
    const { keys, error } = await run(fromTheStart);
    expect(error?.message).toMatch(/returned "a\/1" after "a\/2"/);
    expect(keys).toEqual(['a/1', 'a/2']);
  });

  it('is refused on the ordered parallel listing before a key repeats', async () => {
    const { keys, error } = await run(discovery(ignoresStartAfter), 4);
    expect(error?.code).toBe('SERVICE_ERROR');
    expect(error?.message).toMatch(/after "a\/3"/);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('still lists a well-behaved server whole, in parallel', async () => {
    const honest: Script = (req, res) => {
      const after = req.query.get('continuation-token') ?? req.query.get('start-after');
      const keys = keysAfter(ALL, after).slice(0, 2);
      const next = keys.length === 2 && keys[1] !== ALL.at(-1) ? keys[1]! : null;
      sendXml(res, listXml(keys, next));
    };
    const { keys, error } = await run(discovery(honest), 4);
    expect(error).toBeNull();
    expect(keys).toEqual(ALL);
  });
});
