import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, startBrowserModeHost } from '../fixtures';
import {
  startHostileSecretsServer,
  type PlantedSecrets,
} from '../../integration/engine/log/hostile-secrets-server';
import { ui } from '../ui/app-page';

/** Credentials of any shape, as an S3-compatible server or AWS might issue them. */
const planted = (prefix: string): PlantedSecrets => ({
  accessKeyId: `${prefix}${randomBytes(8).toString('hex').toUpperCase()}`,
  secretAccessKey: randomBytes(30).toString('base64'),
  sessionToken: `tok-${randomBytes(120).toString('base64')}`,
});
const all = (...sets: PlantedSecrets[]) =>
  sets.flatMap((s) => [s.accessKeyId, s.secretAccessKey, s.sessionToken]);

test('secrets from a malformed credentials file, the environment and a hostile server never reach the page', async ({
  page,
}) => {
  const server = await startHostileSecretsServer();
  const inFile = planted('PSCFILE');
  const inEnv = planted('PSCENV');
  server.plant([inFile, inEnv], 403, 'PSWeirdError');
  const home = mkdtempSync(join(tmpdir(), 'pagescope-planted-'));
  writeFileSync(join(home, 'config'), `[profile hostile]\nendpoint_url = ${server.url}\n`);
  writeFileSync(
    join(home, 'credentials'),
    `[hostile]\naws_access_key_id ${inFile.accessKeyId}\naws_secret_access_key: ${inFile.secretAccessKey}\n${inFile.sessionToken}\n`,
  );
  const host = await startBrowserModeHost({
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
    AWS_ACCESS_KEY_ID: inEnv.accessKeyId,
    AWS_SECRET_ACCESS_KEY: inEnv.secretAccessKey,
    AWS_SESSION_TOKEN: inEnv.sessionToken,
    AWS_ENDPOINT_URL: server.url,
    AWS_REGION: 'us-east-1',
    PAGESCOPE_DEMO_ENDPOINT: server.url,
  });
  try {
    await page.goto(host.url);
    const problems = page.getByRole('region', { name: 'AWS config problems' });
    await expect(problems).toContainText(':2: the line with key "aws_access_key_id" has no "="');
    await expect(problems).toContainText(':4: a line without "key = value"');
    const app = ui(page);
    await app.profile.selectOption('Environment');
    await expect(app.alert.first()).toBeVisible();
    await app.profile.selectOption('hostile');
    await expect(app.alert.first()).toContainText('line 2');
    const text = await page.locator('body').innerText();
    const html = await page.content();
    const leaked = all(inFile, inEnv).filter((s) => text.includes(s) || html.includes(s));
    expect(leaked, 'secrets in the page').toEqual([]);
    expect(all(inFile, inEnv).filter((s) => host.stderr().includes(s))).toEqual([]);
  } finally {
    host.stop();
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
});
