const NAMED: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
};

// C0 controls, DEL and the C1 controls (U+009B is a CSI on some terminals), and the invisible
// characters that change what a line seems to say: zero-width ones, bidi embeddings, overrides
// and isolates (a key `invoice\u202ecod.exe` would read `invoiceexe.doc`), line and paragraph
// separators. Finding them is the point here.
// eslint-disable-next-line no-control-regex
const CONTROLS = /\r\n|[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

const hex = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * Text as `ls` shows a file name on a terminal: control characters written as escapes (`\r`,
 * `\x1b`, `\u202e`), so that a key or a server's message cannot move the cursor, clear the screen, set
 * the title or plant a link. Characters in `keep` (the output's own line and cell separators)
 * stay as they are; a kept line end also keeps CSV's CRLF whole.
 */
export const escapeControls = (text: string, keep: string): string =>
  text.replace(CONTROLS, (c) => {
    if (c === '\r\n') return keep.includes('\n') ? c : '\\r\\n';
    return keep.includes(c) ? c : (NAMED[c] ?? hex(c));
  });
