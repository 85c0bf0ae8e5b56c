/** The app's keyboard shortcuts, as the "?" list shows them. */
export interface Shortcut {
  keys: string[];
  action: string;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['/', 'Ctrl+F'], action: 'Focus the filter' },
  { keys: ['Esc'], action: 'In the filter: clear it; again: back to the grid' },
  { keys: ['Tab'], action: 'From the filter: to the grid' },
  { keys: ['Backspace', 'Alt+↑'], action: 'Parent folder' },
  { keys: ['Alt+←', 'Alt+→'], action: 'Back, Forward' },
  { keys: ['↑ ↓ ← →', 'PgUp PgDn', 'Home End'], action: 'Move in the grid' },
  { keys: ['Shift+↑ ↓', 'Space', 'Ctrl+A'], action: 'Select rows' },
  { keys: ['Enter'], action: 'Open a bucket or folder, or show details' },
  { keys: ['Ctrl+C', 'Ctrl+Shift+C'], action: 'Copy the cell, or the rows as TSV' },
  { keys: ['?'], action: 'This list' },
];
