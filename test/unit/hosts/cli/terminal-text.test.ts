import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../../../electron/hosts/cli/terminal-text';

describe('escapeControls', () => {
  it('shows control characters as ls does, keeping the ones asked for', () => {
    expect(escapeControls('a\rb\x1b[2J\x07\x7f\x9b\n\t', '')).toBe(
      'a\\rb\\x1b[2J\\a\\x7f\\x9b\\n\\t',
    );
    expect(escapeControls('row\tcell\x1b]0;t\x07\n', '\n\t')).toBe('row\tcell\\x1b]0;t\\a\n');
  });

  it('keeps a CRLF line end whole when line ends are kept', () => {
    expect(escapeControls('a,b\r\nc\r\n', '\n')).toBe('a,b\r\nc\r\n');
    expect(escapeControls('a\r\nb\rc', '')).toBe('a\\r\\nb\\rc');
  });

  it('leaves text without controls as it is, non-ASCII included', () => {
    const text = 'photos/2024/été — 😀 \\ "q"';
    expect(escapeControls(text, '')).toBe(text);
  });

  it('shows bidi overrides, isolates and zero-width characters, which hide what a key says', () => {
    expect(escapeControls('invoice\u202ecod.exe', '')).toBe('invoice\\u202ecod.exe');
    expect(escapeControls('a\u200bb\u200dc\ufeffd\u2066e\u2069f\u2028g', '\n')).toBe(
      'a\\u200bb\\u200dc\\ufeffd\\u2066e\\u2069f\\u2028g',
    );
    // Characters next to them, that only look alike, stay.
    expect(escapeControls('\u2010\u2030\u2065\u206a', '')).toBe('\u2010\u2030\u2065\u206a');
  });
});
