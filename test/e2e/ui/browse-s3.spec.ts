import { test, expect } from '../fixtures';
import { loadedRows, openApp, scrollToEnd, ui } from './app-page';

test.describe('browsing S3 in browser mode', () => {
  test('Demo is the default profile and lists the demo buckets', async ({ page, host }) => {
    await openApp(page, host.url);
    const app = ui(page);
    await app.profile.selectOption('Demo');
    await expect(app.profile).toHaveValue('Demo');
    await app.sidebar('S3 buckets').click();
    for (const bucket of ['demo-photos', 'demo-big', 'demo-denied', 'demo-versions']) {
      await expect(page.getByRole('button', { name: bucket, exact: true })).toBeVisible();
    }
    await expect(app.grid).toHaveAccessibleName('S3 buckets');
    await expect(app.status).toContainText('Complete');

    // The README's first screenshot: the buckets with one bucket's details.
    await app.grid
      .getByRole('row')
      .filter({ hasText: 'demo-photos' })
      .getByRole('gridcell')
      .nth(1)
      .click();
    await app.button('Details').click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details).toContainText('demo-photos');
    await expect(details.getByRole('region', { name: 'Full JSON' })).toContainText('"Name"');
    await page.screenshot({ path: 'test/e2e/screenshots/buckets.png' });
  });

  test('opens demo-photos, walks into a folder and back by breadcrumb', async ({ page, host }) => {
    await openApp(page, host.url);
    const app = ui(page);
    await page.getByRole('button', { name: 'demo-photos', exact: true }).click();
    await expect(app.breadcrumbs).toContainText('demo-photos');
    const folder = app.grid.getByRole('button', { name: /^\d{4}\/$/ }).first();
    const year = (await folder.textContent())!;
    await folder.click();
    await expect(app.breadcrumbs.getByRole('button', { name: 'demo-photos' })).toBeVisible();
    await expect(app.breadcrumbs.locator('[aria-current="page"]')).toHaveText(
      year.replace('/', ''),
    );
    await expect(app.grid.getByRole('button', { name: /^\d{2}\/$/ }).first()).toBeVisible();
    await app.breadcrumbs.getByRole('button', { name: 'demo-photos' }).click();
    await expect(app.breadcrumbs.locator('[aria-current="page"]')).toHaveText('demo-photos');
    await expect(app.grid.getByRole('button', { name: year, exact: true })).toBeVisible();
    await app.breadcrumbs.getByRole('button', { name: 'S3 buckets' }).click();
    await expect(page.getByRole('button', { name: 'demo-big', exact: true })).toBeVisible();
  });

  test('demo-big flat: scrolling loads 5 pages while the DOM holds at most 120 rows', async ({
    page,
    host,
  }) => {
    await openApp(page, host.url);
    const app = ui(page);
    await page.getByRole('button', { name: 'demo-big', exact: true }).click();
    await app.button('Flat listing').click();
    await expect(app.button('Flat listing')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.grid).toHaveAttribute('aria-rowcount', '1001');
    for (let page_ = 2; page_ <= 5; page_++) {
      await scrollToEnd(app.grid);
      await expect(app.grid).toHaveAttribute('aria-rowcount', String(page_ * 1000 + 1));
      expect(await app.domRows.count()).toBeLessThanOrEqual(120);
    }
    expect(await loadedRows(app.grid)).toBeGreaterThanOrEqual(5000);
    await expect(app.status).toContainText('5,000 rows');
    // Only rows near the scroll position are rendered: the first row is gone from the DOM.
    expect(Number(await app.dataRows.last().getAttribute('aria-rowindex'))).toBeGreaterThan(3900);
    await expect(app.grid.locator('[aria-rowindex="2"]')).toHaveCount(0);

    // Refresh lists again from the first page, back at the top.
    await app.button('Refresh').click();
    await expect(app.grid).toHaveAttribute('aria-rowcount', '1001');
    await expect(app.grid.locator('[aria-rowindex="2"]')).toHaveCount(1);
  });

  test('demo-denied says access was denied to ListObjectsV2, and Retry asks again', async ({
    page,
    host,
    endpoint,
  }) => {
    await openApp(page, host.url);
    await page.getByRole('button', { name: 'demo-denied', exact: true }).click();
    const alert = ui(page).alert;
    await expect(alert).toContainText('Access denied');
    await expect(alert).toContainText('s3:ListBucket');
    await expect(alert).toContainText('ListObjectsV2');
    const asked = () => endpoint.requests().filter((r) => r.bucket === 'demo-denied').length;
    const before = asked();
    // The policy may have been fixed meanwhile: Retry sends the request again.
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(asked).toBeGreaterThan(before);
    await expect(alert).toContainText('Access denied');
  });
});
