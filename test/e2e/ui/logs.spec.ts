import { test, expect } from '../fixtures';
import { demoViewRows } from '../export/engine-view-rows';
import { exportCsv, filterTo, findResource, loadedRows, openApp, ui } from './app-page';

test('CloudWatch Logs: a group, its stream, the stream’s errors by filter pattern, exported', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  await findResource(page, 'log');
  await expect(app.grid).toHaveAccessibleName('CloudWatch log groups');
  await page.getByRole('button', { name: '/ecs/web', exact: true }).click();
  await expect(app.breadcrumbs).toContainText('/ecs/web');
  const stream = app.grid.getByRole('button', { name: /^ecs\/web\// }).first();
  const streamName = (await stream.textContent())!;
  await stream.click();
  // Two levels down: the group's crumb opens the group's streams again.
  await expect(app.breadcrumbs.locator('[aria-current="page"]')).toHaveText(streamName);
  await expect(app.breadcrumbs.getByRole('button', { name: '/ecs/web' })).toBeVisible();
  await expect(app.grid.getByRole('columnheader', { name: 'Message' })).toBeVisible();
  await expect(app.status).toContainText('Complete');

  // CloudWatch Logs' own filter pattern, a parameter of the listing the service applies.
  const params = page.getByRole('form', { name: 'Listing parameters' });
  await params.getByRole('textbox', { name: /Filter pattern/ }).fill('ERROR');
  await params.getByRole('button', { name: 'Apply' }).click();
  await expect(app.status).toContainText('Complete');
  const view = {
    resource: 'logs-events',
    params: { logGroupName: '/ecs/web', logStreamName: streamName, filterPattern: 'ERROR' },
  };
  const errors = await demoViewRows(host, view);
  expect(errors.rows.length).toBeGreaterThan(0);
  await expect.poll(() => loadedRows(app.grid)).toBe(errors.rows.length);
  expect(new Set(await app.dataRows.locator('.pill').allTextContents())).toEqual(
    new Set(['ERROR']),
  );

  // And PageScope's own filter on top of it.
  const filter = { expression: "contains(message, 'payments-service')", mode: 'item' as const };
  const { rows } = await demoViewRows(host, { ...view, filter });
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThan(errors.rows.length);
  await filterTo(page, filter.expression, rows.length);
  const csv = await exportCsv(page, rows.length);
  expect(csv[0]).toContain('Message');
  expect(csv.slice(1).every((line) => line.includes('payments-service'))).toBe(true);
});
