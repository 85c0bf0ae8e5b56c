import { test, expect } from '../fixtures';
import { loadedRows, openApp, scrollToEnd, ui } from './app-page';

const openBucket = async (page: import('@playwright/test').Page, bucket: string, flat: boolean) => {
  await page.getByRole('button', { name: bucket, exact: true }).click();
  await expect(ui(page).breadcrumbs).toContainText(bucket);
  if (flat) await ui(page).button('Flat listing').click();
  await expect(ui(page).grid).not.toHaveAttribute('aria-rowcount', '1');
};

test.describe('on a million keys', () => {
  // Large enough that Load all is still running when the test cancels it.
  test.use({ objects: 1_000_000 });

  test('Load all shows progress and stops on cancel, keeping the rows and showing no error', async ({
    page,
    host,
  }) => {
    await openApp(page, host.url);
    const app = ui(page);
    await openBucket(page, 'demo-big', true);
    await app.button('Load all').click();
    const cancel = page.getByRole('button', { name: /^Cancel loading \([\d,]+ rows\)$/ });
    await expect(cancel).toBeVisible();
    await expect.poll(() => loadedRows(app.grid)).toBeGreaterThanOrEqual(4000);
    await cancel.click();
    await expect(app.button('Load more')).toBeVisible();
    await expect(page.getByTestId('status-phase')).toHaveText('Paused');
    const kept = await loadedRows(app.grid);
    expect(kept).toBeGreaterThanOrEqual(4000);
    await expect(app.alert).toHaveCount(0);
    await app.button('Load more').click();
    await expect.poll(() => loadedRows(app.grid)).toBeGreaterThan(kept);
  });
});

test('max items stops the listing with a NextToken that Continue resumes from', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  await openBucket(page, 'demo-photos', true);
  const firstKey = await app.dataRows.first().locator('[aria-colindex="1"]').textContent();
  await page.getByRole('button', { name: 'Pagination' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pagination settings' });
  await dialog.getByLabel('Page size').fill('100');
  await dialog.getByLabel('Max items').fill('250');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(app.grid).toHaveAttribute('aria-rowcount', '101');
  // Batches of 100: scrolling pulls the next ones until MaxItems stops the listing.
  await expect
    .poll(async () => {
      await scrollToEnd(app.grid);
      return loadedRows(app.grid);
    })
    .toBe(250);
  const notice = page.getByRole('region', { name: 'Max items reached' });
  await expect(notice).toContainText('Stopped after 250 items');
  const token = (await notice.locator('code').textContent())!;
  expect(token.length).toBeGreaterThan(8);
  await notice.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('button', { name: /^Pagination: .*starting token/ })).toBeVisible();
  await expect(app.grid).toHaveAttribute('aria-rowcount', '101');
  const resumedFirst = await app.dataRows.first().locator('[aria-colindex="1"]').textContent();
  expect(resumedFirst).not.toBe(firstKey);
  expect(resumedFirst! > firstKey!).toBe(true);
});

test('a projection filter turns its keys into the columns', async ({ page, host }) => {
  await openApp(page, host.url);
  const app = ui(page);
  await app.sidebar('EC2 instances').click();
  await app.filter.fill('[].{ID: InstanceId, Type: InstanceType}');
  await app.filter.press('Enter');
  await expect(app.grid.getByRole('columnheader')).toHaveText(['ID', 'Type']);
  await expect(app.dataRows.first().locator('[aria-colindex="1"]')).toHaveText(/^i-[0-9a-f]+$/);
});

test('copy as command gives the AWS CLI and pagescope equivalents of the view', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await openBucket(page, 'demo-photos', true);
  await ui(page).filter.fill('[?Size > `1048576`]');
  await ui(page).filter.press('Enter');
  await expect(page.getByTestId('status-matched')).toBeVisible();
  await page.getByRole('button', { name: 'Copy as command' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy as command' });
  await expect(dialog).toContainText(
    'aws s3api list-objects-v2 --region us-east-1 --bucket demo-photos',
  );
  await expect(dialog).toContainText("--query 'Contents | [?Size > `1048576`]'");
  await expect(dialog).toContainText(
    "pagescope list s3-objects --profile Demo --region us-east-1 --bucket demo-photos --filter '[?Size > `1048576`]'",
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('a filter the service can do in part says so in the status bar and the copied command', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await openBucket(page, 'demo-big', true);
  await ui(page).filter.fill("starts_with(Key, 'logs/2024/03/') && Size > `100`");
  await ui(page).filter.press('Enter');
  await expect(page.getByTestId('status-pushdown')).toHaveText('Done by AWS: Prefix logs/2024/03/');
  await page.getByRole('button', { name: 'Copy as command' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy as command' });
  await expect(dialog.getByTestId('command-pushdown')).toHaveText(
    'Done by AWS: Prefix logs/2024/03/. The filter still checks every item.',
  );
  await expect(dialog).toContainText('--bucket demo-big --prefix logs/2024/03/ --query');
  await page.keyboard.press('Escape');
  // Without such a filter, nothing is said.
  await ui(page).filter.fill('Size > `100`');
  await ui(page).filter.press('Enter');
  await expect(page.getByTestId('status-matched')).toBeVisible();
  await expect(page.getByTestId('status-pushdown')).toHaveCount(0);
});

test('copy as command covers a filter shown as typed, without Enter', async ({ page, host }) => {
  await openApp(page, host.url);
  await openBucket(page, 'demo-photos', true);
  await ui(page).filter.fill('[?Size > `1048576`]');
  await expect(page.getByTestId('status-instant')).toContainText('loaded (instant)');
  await page.getByRole('button', { name: 'Copy as command' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy as command' });
  await expect(dialog).toContainText("--query 'Contents | [?Size > `1048576`]'");
  await expect(dialog).toContainText("--bucket demo-photos --filter '[?Size > `1048576`]'");
});

test('profile, region, resource and filter come back after a restart', async ({ page, host }) => {
  await openApp(page, host.url);
  const app = ui(page);
  await app.sidebar('EC2 instances').click();
  await app.region.selectOption('all');
  await app.filter.fill("State.Name == 'stopped'");
  await app.filter.press('Enter');
  await expect(page.getByTestId('status-matched')).toBeVisible();
  await page.reload();
  await expect(app.sidebar('EC2 instances')).toHaveAttribute('aria-current', 'page');
  await expect(app.profile).toHaveValue('Demo');
  await expect(app.region).toHaveValue('all');
  await expect(app.filter).toHaveValue("State.Name == 'stopped'");
  await expect(app.grid.locator('.pill').first()).toHaveText('stopped');
});

test('keyboard: arrows move, Enter opens, Ctrl+C copies a cell and a selection as TSV', async ({
  page,
  host,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, host.url);
  const app = ui(page);
  await openBucket(page, 'demo-photos', true);
  await app.grid.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ControlOrMeta+c');
  const firstKey = (await app.dataRows.first().locator('[aria-colindex="1"]').textContent())!;
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(firstKey);
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(app.status).toContainText('3 selected');
  await page.keyboard.press('ControlOrMeta+c');
  await expect
    .poll(async () =>
      (await page.evaluate(() => navigator.clipboard.readText()))
        .split('\n')
        .map((l) => l.split('\t').length),
    )
    .toEqual([5, 5, 5]);
  await page.keyboard.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toContainText('s3://demo-photos/');
});

test('the versions view of demo-versions lists versions and delete markers', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const app = ui(page);
  await openBucket(page, 'demo-versions', true);
  await app.button('Versions').click();
  await expect(app.button('Versions')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.grid.getByRole('columnheader', { name: 'Delete marker' })).toBeVisible();
  await expect(app.grid.getByRole('gridcell', { name: 'Yes' }).first()).toBeVisible();
});
