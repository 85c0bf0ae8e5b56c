import { test, expect } from '../fixtures';
import { demoViewRows } from '../export/engine-view-rows';
import { exportCsv, filterTo, findResource, loadedRows, openApp, ui } from './app-page';

test('Lambda functions: found from the sidebar, filtered by runtime and exported', async ({
  page,
  host,
}) => {
  const { rows, column } = await demoViewRows(host, { resource: 'lambda-functions' });
  const counts = new Map<string, number>();
  for (const runtime of column('Runtime')) {
    if (typeof runtime === 'string') counts.set(runtime, (counts.get(runtime) ?? 0) + 1);
  }
  // The rarest runtime: fewer functions than a page, so the filtered view completes unscrolled.
  const [rare, matching] = [...counts].sort((a, b) => a[1] - b[1])[0]!;
  expect(rows.length).toBeGreaterThan(100);
  expect(matching).toBeLessThan(50);

  await openApp(page, host.url);
  const app = ui(page);
  await expect(app.resources.getByRole('heading', { name: 'AWS Lambda' })).toBeVisible();
  // "lam" finds the functions; Enter opens them.
  const find = await findResource(page, 'lam', 'Lambda functions');
  await expect(app.grid.getByRole('columnheader', { name: 'Runtime' })).toBeVisible();
  // The first page (Lambda answers 50 at most); more load as the grid scrolls.
  await expect.poll(() => loadedRows(app.grid)).toBe(50);
  await find.press('Escape');

  await filterTo(page, `Runtime == '${rare}'`, matching);
  const csv = await exportCsv(page, matching);
  expect(csv[0]).toContain('Runtime');
  expect(csv.slice(1).every((line) => line.includes(`,${rare},`))).toBe(true);
});
