import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { test, expect } from '../fixtures';
import { openApp, ui } from './app-page';

const run = promisify(execFile);

test.describe('the Summary of a view', () => {
  test('sums a bucket folder by storage class and month as pagescope summarize does', async ({
    page,
    host,
    endpoint,
  }) => {
    await openApp(page, host.url);
    const app = ui(page);
    await page.getByRole('button', { name: 'demo-photos', exact: true }).click();
    await expect(app.grid).toContainText('2021/');
    await app.button('Summary').click();
    const dialog = page.getByRole('dialog', { name: 'Summary' });
    await expect(dialog.getByRole('status')).toContainText('Complete: 3,000 rows');
    // The same engine on the command line, over the same Demo data.
    const { stdout } = await run(
      process.execPath,
      ['electron/hosts/cli/bin.mjs', 'summarize', 's3-objects', '--profile', 'Demo'].concat([
        '--bucket',
        'demo-photos',
        '--output',
        'json',
      ]),
      {
        env: {
          ...process.env,
          PAGESCOPE_DEMO_ENDPOINT: endpoint.url,
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        },
      },
    );
    const cli = JSON.parse(stdout) as {
      count: number;
      totalSize: number;
      groupings: { by: string; label: string; groups: { value: string; count: number }[] }[];
    };
    expect(cli.count).toBe(3000);
    for (const grouping of cli.groupings) {
      const table = dialog.getByRole('table', { name: grouping.label });
      for (const group of grouping.groups.slice(0, 5)) {
        const row = table.getByRole('row', {
          name: new RegExp(`^${group.value || '\\(top level\\)'} `),
        });
        await expect(row.getByRole('cell').first()).toHaveText(group.count.toLocaleString('en-US'));
      }
    }
    await expect(dialog.getByRole('img', { name: /Storage class/ })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('summary.png') });

    // Export CSV saves what `pagescope summarize --output csv` prints for the same view.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('summary-s3-objects-demo-photos.csv');
    const saved = readFileSync((await download.path())!, 'utf8');
    const csv = await run(
      process.execPath,
      ['electron/hosts/cli/bin.mjs', 'summarize', 's3-objects', '--profile', 'Demo'].concat([
        '--bucket',
        'demo-photos',
        '--output',
        'csv',
      ]),
      {
        env: {
          ...process.env,
          PAGESCOPE_DEMO_ENDPOINT: endpoint.url,
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        },
      },
    );
    expect(saved).toBe(csv.stdout);
    expect(saved.split('\r\n')[1]).toBe('total,,3000,' + String(cli.totalSize));
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test.describe('over a million keys', () => {
    test.use({ objects: 1_000_000 });

    test('fills in live and can be cancelled, keeping what it counted', async ({ page, host }) => {
      await openApp(page, host.url);
      await page.getByRole('button', { name: 'demo-big', exact: true }).click();
      await ui(page).button('Summary').click();
      const dialog = page.getByRole('dialog', { name: 'Summary' });
      const status = dialog.getByRole('status');
      await expect(status).toContainText(/Summarising the whole view… [\d,]+ rows so far/);
      await dialog.getByRole('button', { name: 'Cancel summary' }).click();
      await expect(status).toContainText(/Cancelled after [\d,]+ rows/);
      const counted = Number((await status.textContent())!.replace(/[^\d]/g, ''));
      expect(counted).toBeGreaterThan(0);
      expect(counted).toBeLessThan(1_000_000);
      await expect(dialog.getByRole('table', { name: 'Storage class' })).toBeVisible();
    });
  });
});
