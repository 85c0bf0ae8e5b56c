import { test, expect } from '../fixtures';
import { openApp, ui } from './app-page';

test.describe('keyboard', () => {
  test('"/" and Ctrl+F focus the filter; Esc clears it, a second Esc and one Tab reach the grid', async ({
    page,
    host,
  }) => {
    await openApp(page, host.url);
    const app = ui(page);
    await page.getByRole('button', { name: 'demo-photos', exact: true }).click();
    await expect(app.breadcrumbs).toContainText('demo-photos');
    await app.grid.focus();

    await page.keyboard.press('/');
    await expect(app.filter).toBeFocused();
    await expect(app.filter).toHaveValue('');
    await page.keyboard.press('Tab');
    await expect(app.grid).toBeFocused();

    await page.keyboard.press('Control+f');
    await expect(app.filter).toBeFocused();
    await page.keyboard.type('Size > `0`');
    await page.keyboard.press('Escape');
    await expect(app.filter).toHaveValue('');
    await expect(app.filter).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(app.grid).toBeFocused();
    // The grid shows where the focus is.
    const outline = await app.grid.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('"?" lists the shortcuts; Esc closes the list', async ({ page, host }) => {
    await openApp(page, host.url);
    await ui(page).grid.focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    for (const key of ['/', 'Ctrl+F', 'Backspace', 'Alt+↑', 'Alt+←']) {
      await expect(dialog.getByText(key, { exact: true })).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    // The same list is a button for those who do not know the key.
    await ui(page).button('Keyboard shortcuts').click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
  });

  test('every toolbar action is reachable with Tab and shows a focus ring', async ({
    page,
    host,
  }) => {
    await openApp(page, host.url);
    const app = ui(page);
    await page.getByRole('button', { name: 'demo-photos', exact: true }).click();
    await expect(app.breadcrumbs).toContainText('demo-photos');
    const reached = new Set<string>();
    const visit = async (key: string, presses: number) => {
      for (let i = 0; i < presses; i++) {
        await page.keyboard.press(key);
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          return {
            name: element.getAttribute('aria-label') ?? element.textContent ?? '',
            ring: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
            inToolbar: !!element.closest('.view-head, .toolbar'),
          };
        });
        if (!focused.inToolbar) continue;
        expect(focused.ring, `focus ring on ${focused.name}`).toBe(true);
        reached.add(focused.name.trim());
      }
    };
    // Forward from the breadcrumbs to the filter (whose Tab goes to the grid), then backward
    // from the grid through what sits between the filter and the grid.
    await app.breadcrumbs.getByRole('button', { name: 'S3 buckets' }).focus();
    await visit('Tab', 12);
    await app.grid.focus();
    await visit('Shift+Tab', 6);
    for (const name of [
      'Refresh',
      'Columns',
      'Pagination',
      'Copy as command',
      'Details',
      'Export CSV',
      'Filter',
      'Filter mode',
      'Examples',
      'History',
      'Flat listing',
    ]) {
      expect(
        [...reached].some((r) => r.startsWith(name)),
        `${name} reached`,
      ).toBe(true);
    }
  });
});
