import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures';
import { engineViewRows } from '../export/engine-view-rows';
import { loadedRows, openApp, ui } from './app-page';

test('Lambda functions: found from the sidebar, filtered by runtime and exported', async ({
  page,
  host,
}) => {
  const spec = { profile: 'Demo', region: 'us-east-1', resource: 'lambda-functions' };
  const { columns, rows } = await engineViewRows(host.port, host.token, spec);
  const runtime = columns.findIndex((c) => c.id === 'Runtime');
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (typeof row[runtime] === 'string')
      counts.set(row[runtime], (counts.get(row[runtime]) ?? 0) + 1);
  }
  // The rarest runtime: fewer functions than a page, so the filtered view completes unscrolled.
  const [rare, matching] = [...counts].sort((a, b) => a[1] - b[1])[0]!;
  expect(rows.length).toBeGreaterThan(100);
  expect(matching).toBeLessThan(50);

  await openApp(page, host.url);
  const app = ui(page);
  const resources = page.getByRole('navigation', { name: 'Resources' });
  await expect(resources.getByRole('heading', { name: 'AWS Lambda' })).toBeVisible();
  // "lam" finds the functions; Enter opens them.
  const find = page.getByRole('searchbox', { name: 'Find a resource' });
  await find.fill('lam');
  await expect(resources.getByRole('button')).toHaveText(['Lambda functions']);
  await find.press('Enter');
  await expect(app.grid.getByRole('columnheader', { name: 'Runtime' })).toBeVisible();
  // The first page (Lambda answers 50 at most); more load as the grid scrolls.
  await expect.poll(() => loadedRows(app.grid)).toBe(50);
  await find.press('Escape');

  await app.filter.fill(`Runtime == '${rare}'`);
  await app.filter.press('Enter');
  await expect(app.status).toContainText('Complete');
  expect(await loadedRows(app.grid)).toBe(matching);

  await app.button('Export CSV').click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(dialog.getByTestId('export-done')).toContainText(
    `Exported ${matching.toLocaleString('en-US')} rows`,
  );
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(csv).toHaveLength(matching + 1);
  expect(csv[0]).toContain('Runtime');
  expect(csv.slice(1).every((line) => line.includes(`,${rare},`))).toBe(true);
});
