import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../../electron/hosts/cli/terminal-text';

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
});
