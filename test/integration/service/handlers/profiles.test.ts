import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MfaPrompt, PageResult, ProfileList, Result } from '../../../../shared/contract';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { engineDispatcher } from './dispatcher-harness';
import { demoKeys, useProfileFiles } from '../../engine/paging/engine-harness';

let endpoint: RunningEndpoint;
const answers: string[] = [];
const engine = engineDispatcher(({ event, payload }) => {
  // The UI's part: answer an MFA prompt with a code.
  if (event === 'mfa.prompt') {
    answers.push((payload as MfaPrompt).serialNumber);
    void engine.call('mfa.answer', { promptId: (payload as MfaPrompt).promptId, code: '123456' });
  }
});

const buckets = (profile: string) =>
  engine.call<PageResult>('view.page', {
    spec: { profile, region: 'us-east-1', resource: 's3-buckets' },
    cursor: null,
  });

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 1, objects: 10 });
  // No SSO token cache, whatever the machine has in ~/.aws/sso.
  process.env.HOME = await mkdtemp(join(tmpdir(), 'pagescope-home-'));
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_ACCESS_KEY_ID;
});
afterAll(() => endpoint.stop());

const role = 'arn:aws:iam::123456789012:role/demo-reader';

const standardFiles = () =>
  useProfileFiles(
    {
      default: { region: 'eu-west-1', endpoint_url: endpoint.url },
      reader: {
        role_arn: role,
        source_profile: 'default',
        region: 'us-east-1',
        endpoint_url: endpoint.url,
      },
      guarded: {
        role_arn: role,
        source_profile: 'default',
        mfa_serial: 'arn:aws:iam::123456789012:mfa/demo',
        endpoint_url: endpoint.url,
      },
      tool: { credential_process: '/bin/false' },
    },
    { default: demoKeys },
  );

describe('profiles from real config files', () => {
  beforeEach(() => standardFiles());

  it('lists each profile with its kind, region, endpoint and source, plus Environment and Demo', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIAENVIRONMENTKEY01';
    const result = (await engine.call<ProfileList>('profiles.list', {})) as {
      ok: true;
      value: ProfileList;
    };
    delete process.env.AWS_ACCESS_KEY_ID;
    const byName = Object.fromEntries(result.value.profiles.map((p) => [p.name, p]));
    expect(byName.default).toMatchObject({
      kind: 'static',
      region: 'eu-west-1',
      endpointUrl: endpoint.url,
      source: 'config+credentials',
    });
    expect(byName.reader).toMatchObject({
      kind: 'assume-role',
      region: 'us-east-1',
      source: 'config',
    });
    expect(byName.tool).toMatchObject({ kind: 'credential-process' });
    expect(byName.Environment).toMatchObject({ kind: 'environment', source: 'environment' });
    expect(byName.Demo).toMatchObject({ kind: 'demo', source: 'builtin' });
    expect(result.value.defaultProfile).toBe('default');
    expect(result.value.problems).toEqual([]);
  });

  it('lists with static keys', async () => {
    const result = await buckets('default');
    expect(result.ok && result.value.rows.map((r) => r[0])).toContain('demo-photos');
  });

  it('assumes a role through the endpoint’s STS', async () => {
    const before = endpoint.requests().filter((r) => r.operation === 'AssumeRole').length;
    const result = await buckets('reader');
    expect(result.ok && result.value.rows.map((r) => r[0])).toContain('demo-photos');
    expect(endpoint.requests().filter((r) => r.operation === 'AssumeRole').length).toBe(before + 1);
  });

  it('asks for an MFA code through mfa.prompt and uses the answer', async () => {
    const result = await buckets('guarded');
    expect(result.ok).toBe(true);
    expect(answers).toEqual(['arn:aws:iam::123456789012:mfa/demo']);
  });
});

describe('profiles that cannot work', () => {
  it('tells an SSO profile without a token to run aws sso login', async () => {
    await useProfileFiles(
      {},
      {},
      {
        config: [
          '[profile corp]',
          'sso_session = corp-sso',
          'sso_account_id = 123456789012',
          'sso_role_name = Reader',
          'region = us-east-1',
          '[sso-session corp-sso]',
          'sso_start_url = https://example.awsapps.com/start',
          'sso_region = us-east-1',
        ].join('\n'),
      },
    );
    const result = (await buckets('corp')) as Result<PageResult>;
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'SSO_LOGIN_REQUIRED',
        message: expect.stringContaining('run `aws sso login --profile corp`'),
      }),
    });
  });

  it('names the file and line of a malformed config', async () => {
    const { configPath } = await useProfileFiles(
      {},
      { default: demoKeys },
      {
        config: ['[default]', 'region = us-east-1', 'this line is wrong', '[profile x]'].join('\n'),
      },
    );
    const listed = (await engine.call<ProfileList>('profiles.list', {})) as {
      ok: true;
      value: ProfileList;
    };
    expect(listed.value.problems).toEqual([
      { file: configPath, line: 3, message: expect.stringContaining('key "this" has no "="') },
    ]);
    const result = await buckets('default');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'PROFILE_CONFIG', message: expect.stringContaining(`${configPath} line 3`) },
    });
  });

  it('says which credentials a failing credential_process profile lacks', async () => {
    await standardFiles();
    const result = await buckets('tool');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NO_CREDENTIALS', message: expect.stringContaining('profile tool') },
    });
  });
});

describe('Demo profile', () => {
  it('starts the built-in endpoint on first use and needs no AWS account', async () => {
    await useProfileFiles({});
    const result = await buckets('Demo');
    expect(result.ok && result.value.rows.map((r) => r[0])).toContain('demo-versions');
    const listed = (await engine.call<ProfileList>('profiles.list', {})) as {
      ok: true;
      value: ProfileList;
    };
    expect(listed.value.profiles.find((p) => p.name === 'Demo')?.endpointUrl).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+/,
    );
  });
});
