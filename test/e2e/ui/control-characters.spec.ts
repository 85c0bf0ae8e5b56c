import { test, expect } from '../fixtures';
import { openApp, scrollToEnd, ui } from './app-page';

test('keys with a newline or a tab show ⏎ and ⇥ where the character is', async ({ page, host }) => {
  await openApp(page, host.url);
  const app = ui(page);
  await page.getByRole('button', { name: 'demo-edge', exact: true }).click();
  await app.button('Flat listing').click();
  await expect(app.button('Flat listing')).toHaveAttribute('aria-pressed', 'true');
  await expect(
    app.grid.getByRole('gridcell', { name: 'line1⏎line2.txt', exact: true }),
  ).toBeVisible();
  await scrollToEnd(app.grid);
  await expect(app.grid.getByRole('gridcell', { name: 'tab⇥here.txt', exact: true })).toBeVisible();
});
