/**
 * The two places keyboard shortcuts move focus to, found by their accessible role and name
 * (the same contract the tests select by), so the filter and the grid need no shared refs.
 */
export const filterInput = (): HTMLInputElement | null =>
  document.querySelector<HTMLInputElement>('input[aria-label="Filter"]');

export const grid = (): HTMLElement | null => document.querySelector<HTMLElement>('[role="grid"]');

const TEXT_INPUTS = new Set(['text', 'search', 'number', 'email', 'url', 'password', 'tel']);

/** Whether keys typed here are text (so Backspace, "/" and "?" must not be shortcuts). */
export const isEditable = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.isContentEditable
  );
};
