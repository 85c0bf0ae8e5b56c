import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Comments describe the code as it is (STYLE.md rule 8): an issue number is history that goes
// stale. A link (an upstream bug, AWS documentation) is left alone: it says where to read more.
const SOURCE_ROOTS = ['electron', 'renderer', 'shared'];
const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const ISSUE_REFERENCE = /\bissues? ?#? ?\d+|(?<![\w&/])#\d+\b/i;
const URL = /\bhttps?:\/\/\S+/g;

/** Every comment of a source file, found by the TypeScript parser (so never inside a string). */
const commentsOf = (fileName: string, source: string): { line: number; text: string }[] => {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const seen = new Map<number, string>();
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) seen.set(range.pos, source.slice(range.pos, range.end));
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(source, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(source, node.getEnd()));
    node.forEachChild(visit);
  };
  visit(file);
  return [...seen].map(([pos, text]) => ({
    line: file.getLineAndCharacterOfPosition(pos).line + 1,
    text,
  }));
};

/** The comments of a source file that name an issue by number, as `file:line: comment`. */
export const issueReferences = (fileName: string, source: string): string[] =>
  commentsOf(fileName, source)
    .filter(({ text }) => ISSUE_REFERENCE.test(text.replace(URL, '')))
    .map(({ line, text }) => `${fileName}:${line}: ${text.split('\n')[0]!.trim()}`);

const sourceFiles = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => SOURCE_FILE.test(path) && !path.split(/[/\\]/).includes('node_modules'))
    .map((path) => join(root, path));

describe('comment hygiene', () => {
  it('finds an issue number in a comment, and only in a comment', () => {
    const planted = [
      '// Works around issue 12 until the SDK is fixed.',
      'const a = 1; /* see #34 */',
      "const b = '#56 and issue 78 in a string are data';",
      '// https://github.com/aws/aws-sdk-js-v3/issues/9012 forces this',
      '/** As agreed in #101. */',
    ].join('\n');
    expect(issueReferences('planted.ts', planted)).toEqual([
      'planted.ts:1: // Works around issue 12 until the SDK is fixed.',
      'planted.ts:2: /* see #34 */',
      'planted.ts:5: /** As agreed in #101. */',
    ]);
  });

  it('finds comments in a TSX file, beside JSX text', () => {
    const planted = 'export const A = () => (\n  // fixes issue #7\n  <p>Issue 8 is text</p>\n);\n';
    expect(issueReferences('planted.tsx', planted)).toEqual(['planted.tsx:2: // fixes issue #7']);
  });

  it('finds none in electron/, renderer/ and shared/', () => {
    const found = SOURCE_ROOTS.flatMap(sourceFiles).flatMap((file) =>
      issueReferences(file, readFileSync(file, 'utf8')),
    );
    expect(found).toEqual([]);
    // Parsing every source file takes a few seconds on a busy machine.
  }, 60_000);
});
