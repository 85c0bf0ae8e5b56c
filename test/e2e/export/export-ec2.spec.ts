import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Cell } from '../../../shared/contract';
import { test, expect } from '../fixtures';
import { openApp, ui } from '../ui/app-page';
import { engineViewRows } from './engine-view-rows';

const RUNNING = "State.Name == 'running'";
// What the export's formula guard does to a text cell (OWASP), so expected cells can be compared.
const asExported = (cell: Cell | undefined): string =>
  cell === null || cell === undefined
    ? ''
    : typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell)
      ? `'${cell}`
      : String(cell);

test('exports the running EC2 instances of all regions as a browser download', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  await app.sidebar('EC2 instances').click();
  await app.region.selectOption({ label: 'All regions' });
  await app.filter.fill(RUNNING);
  await app.filter.press('Enter');
  await expect(page.getByTestId('status-matched')).toBeVisible();
  await expect(app.grid.getByRole('columnheader', { name: 'Region' })).toBeVisible();

  await app.button('Export CSV').click();
  const dialog = page.getByRole('dialog', { name: 'Export CSV' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /All rows matching the filter/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /Guard against formulas/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /UTF-8 BOM/ })).not.toBeChecked();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(dialog.getByTestId('export-done')).toContainText(/Exported [\d,]+ rows/);
  // As the view does, the file lacks the region that is not enabled, and the notice says so.
  await expect(dialog.getByTestId('export-skipped-regions')).toContainText('me-south-1');
  expect(download.suggestedFilename()).toMatch(/^ec2-instances-all-regions-\d{4}-\d\d-\d\d\.csv$/);

  const [header, ...fileRows] = parse(readFileSync((await download.path())!)) as string[][];
  const reference = await engineViewRows(host.port, host.token, {
    profile: 'Demo',
    region: 'all',
    resource: 'ec2-instances',
    filter: { expression: RUNNING, mode: 'item' },
  });
  // The header row holds the grid's labels ("Instance ID"), as the grid's header shows them.
  const at = header!.map((label) => reference.columns.findIndex((c) => c.label === label));
  expect(at).not.toContain(-1);
  expect(header).toEqual(expect.arrayContaining(['Instance ID', 'Private IP', 'Region']));
  expect(reference.rows.length).toBeGreaterThan(10);
  // Regions are listed concurrently, so two listings interleave them differently: compare the
  // rows as sets (instance ids are unique) and each region's rows in order.
  const expected = reference.rows.map((row) => at.map((i) => asExported(row[i])));
  const key = (row: string[]) => JSON.stringify(row);
  expect(fileRows.map(key).sort()).toEqual(expected.map(key).sort());
  const regionAt = header!.indexOf('Region');
  const inRegion = (rows: string[][], region: string) => rows.filter((r) => r[regionAt] === region);
  for (const region of new Set(expected.map((r) => r[regionAt]!))) {
    expect(inRegion(fileRows, region)).toEqual(inRegion(expected, region));
  }
  // The host deletes the file once it has been downloaded.
  await expect.poll(async () => (await page.request.get(download.url())).status()).toBe(404);
  const shown = Number(
    (await dialog.getByTestId('export-done').textContent())!
      .match(/Exported ([\d,]+)/)![1]!
      .replace(/,/g, ''),
  );
  expect(shown).toBe(fileRows.length);
});
