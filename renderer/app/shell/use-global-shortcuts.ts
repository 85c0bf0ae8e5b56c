import { useEffect, useEffectEvent } from 'react';
import type { ViewLocation } from '../views/view-location';
import { filterInput, grid, isEditable } from './focus-targets';

interface ShortcutActions {
  /** The folder above the current one, or null at the top. */
  parent: ViewLocation | null;
  navigate(to: ViewLocation): void;
  showShortcuts(): void;
}

const plain = (event: KeyboardEvent) =>
  !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;

const focusFilter = () => {
  const input = filterInput();
  input?.focus();
  input?.select();
};

/**
 * Keys that leave the filter for the grid. They run in the capture phase, before the filter's
 * own Escape (which clears the text): an Escape that finds the box already empty is the second.
 */
const filterExit = (event: KeyboardEvent) => {
  const input = filterInput();
  if (!input || event.target !== input) return;
  const toGrid =
    (event.key === 'Escape' && input.value === '') || (event.key === 'Tab' && plain(event));
  if (!toGrid) return;
  event.preventDefault();
  grid()?.focus();
};

/** Which app shortcut a key press is, if any. */
const actionFor = (event: KeyboardEvent, actions: ShortcutActions): (() => void) | null => {
  const editable = isEditable(event.target);
  const onlyAlt = event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
  if (onlyAlt && event.key === 'ArrowLeft') return () => window.history.back();
  if (onlyAlt && event.key === 'ArrowRight') return () => window.history.forward();
  const parent = actions.parent;
  const up =
    (onlyAlt && event.key === 'ArrowUp' && !(event.target instanceof HTMLSelectElement)) ||
    (plain(event) && event.key === 'Backspace' && !editable);
  if (up) return parent ? () => actions.navigate(parent) : () => undefined;
  const find = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
  if (find || (event.key === '/' && plain(event) && !editable)) return focusFilter;
  if (event.key === '?' && !editable && !event.ctrlKey && !event.metaKey)
    return actions.showShortcuts;
  return null;
};

/** The app-wide keys: history, parent folder, the filter, and the list of shortcuts. */
export function useGlobalShortcuts(actions: ShortcutActions) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const action = actionFor(event, actions);
    if (!action) return;
    event.preventDefault();
    action();
  });
  useEffect(() => {
    window.addEventListener('keydown', filterExit, true);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', filterExit, true);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
