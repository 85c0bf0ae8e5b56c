import type { Page } from '@playwright/test';

/**
 * Runs in the page: resolves, once the grid answers `text` (the status bar's `data-typed` names
 * the text whose result, or kept previous result, is on screen) and that frame has been painted,
 * with the milliseconds since the last keydown. A frame counts as painted when a message posted
 * from its requestAnimationFrame callback arrives, which happens after the frame is drawn.
 * Kept as source text so no build helper leaks into the function the browser evaluates.
 */
const paintedAfterKey = (text: string): string => `(() => new Promise((resolve) => {
  const expected = ${JSON.stringify(text)};
  const answered = () => {
    const rows = document.querySelector('[data-testid="status-rows"]');
    const input = document.querySelector('input[aria-label="Filter"]');
    return rows?.getAttribute('data-typed') === expected && input?.value === expected;
  };
  const frame = () => {
    if (!answered()) return requestAnimationFrame(frame);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - window.__lastKeyDown);
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(frame);
}))()`;

const LISTEN = `(() => {
  window.__lastKeyDown = 0;
  document.addEventListener('keydown', (e) => { window.__lastKeyDown = e.timeStamp; }, true);
})()`;

/**
 * Types `text` into the focused filter box one key at a time and gives each key's time from
 * keydown to the painted grid that answers it (its result, or the kept previous result marked
 * as such).
 */
export const typeAndMeasure = async (page: Page, text: string): Promise<number[]> => {
  await page.evaluate(LISTEN);
  const times: number[] = [];
  for (let i = 1; i <= text.length; i++) {
    await page.keyboard.type(text[i - 1]!);
    times.push((await page.evaluate(paintedAfterKey(text.slice(0, i)))) as number);
  }
  return times;
};

/** Presses Escape in the filter box: the time until the grid shows every loaded row again. */
export const clearAndMeasure = async (page: Page): Promise<number> => {
  await page.evaluate(LISTEN);
  await page.keyboard.press('Escape');
  return (await page.evaluate(paintedAfterKey(''))) as number;
};
