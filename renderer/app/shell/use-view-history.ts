import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import { isViewEntry, sameEntry, type ViewEntry } from './view-entry';

/**
 * The browser's own history holds the views: a guard entry first, then one entry per view. Back
 * onto the guard goes forward again, so Back never leaves the app (the browser cannot be stopped
 * from leaving a document, only given somewhere inside it to go back to).
 */
type HistoryState = { pagescope: 'guard' } | { pagescope: 'view'; entry: ViewEntry };

const GUARD: HistoryState = { pagescope: 'guard' };

const readState = (value: unknown): HistoryState | null => {
  if (!value || typeof value !== 'object') return null;
  const state = value as HistoryState;
  if (state.pagescope === 'guard') return GUARD;
  return state.pagescope === 'view' && isViewEntry(state.entry) ? state : null;
};

const viewState = (entry: ViewEntry): HistoryState => ({ pagescope: 'view', entry });

/**
 * Pushes a history entry whenever the shown view changes, and shows an entry's view when Back,
 * Forward land on it. `shown` is null until the profile and region are known. Returns how many
 * entries were restored, a key for what keeps its own copy of the view (the filter's text).
 */
export function useViewHistory(shown: ViewEntry | null, restore: (entry: ViewEntry) => void) {
  // Set while a restored entry is being shown: the view that results replaces that entry.
  const restoring = useRef(false);
  const shownRef = useRef(shown);
  const [restored, setRestored] = useState(0);
  const onEntry = useEffectEvent((state: HistoryState | null) => {
    if (state?.pagescope === 'guard') return window.history.forward();
    if (state?.pagescope !== 'view') return;
    if (shownRef.current && sameEntry(shownRef.current, state.entry)) return;
    restoring.current = true;
    setRestored((n) => n + 1);
    restore(state.entry);
  });
  useEffect(() => {
    const onPop = (event: PopStateEvent) => onEntry(readState(event.state));
    window.addEventListener('popstate', onPop);
    // A reload shows the stored view, which is the current entry's; only the guard needs a step.
    if (readState(window.history.state)?.pagescope === 'guard') window.history.forward();
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  // Before paint: once a view is on screen its entry is in the history, so a Back pressed at
  // once leaves that view and not the one before it.
  useLayoutEffect(() => {
    shownRef.current = shown;
    if (!shown) return;
    const state = readState(window.history.state);
    if (state === null) {
      window.history.replaceState(GUARD, '');
      window.history.pushState(viewState(shown), '');
    } else if (state.pagescope === 'view' && restoring.current) {
      restoring.current = false;
      window.history.replaceState(viewState(shown), '');
    } else if (state.pagescope === 'view' && !sameEntry(state.entry, shown)) {
      window.history.pushState(viewState(shown), '');
    }
  }, [shown]);
  return restored;
}
