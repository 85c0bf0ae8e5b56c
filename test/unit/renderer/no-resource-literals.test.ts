import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resourceInfos } from '../../../electron/engine/resources/registry';

const root = join(import.meta.dirname, '../../..');

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.(ts|tsx)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );

/** Every resource name, AWS operation, IAM action and AWS CLI word the catalog declares. */
const catalogWords = (): string[] => [
  ...new Set(
    resourceInfos().flatMap((r) => [r.kind, r.operation, r.iamAction, r.cli[0], r.cli[1]]),
  ),
];

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The string literals of a source text with their lines; comments are skipped. */
const stringLiterals = (text: string): { value: string; line: number }[] => {
  const out: { value: string; line: number }[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\n') line += 1;
    else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i += 1;
      line += 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      line += text.slice(i, end).split('\n').length - 1;
      i = end + 1;
    } else if (c === "'" || c === '"' || c === '`') {
      const start = line;
      let value = '';
      for (i += 1; i < text.length && text[i] !== c; i += 1) {
        if (text[i] === '\\') value += text[(i += 1)];
        else {
          if (text[i] === '\n') line += 1;
          value += text[i];
        }
      }
      out.push({ value, line: start });
    }
  }
  return out;
};

/** Where a catalog word stands in a string literal of the text: `file:line word`. */
const literalsIn = (text: string, file: string, words: readonly string[]): string[] =>
  stringLiterals(text).flatMap(({ value, line }) =>
    words
      .filter((word) => new RegExp(`(^|[^\\w-])${escape(word)}($|[^\\w-])`).test(value))
      .map((word) => `${file}:${line} ${word}`),
  );

describe('the renderer', () => {
  it('names no resource, AWS operation, IAM action or AWS CLI command: it learns them from the catalog', () => {
    const words = catalogWords();
    expect(words).toContain('s3-objects');
    expect(words).toContain('s3:ListBucket');
    const found = sources(join(root, 'renderer')).flatMap((file) =>
      literalsIn(readFileSync(file, 'utf8'), relative(root, file), words),
    );
    expect(found).toEqual([]);
  });

  it('would find one planted', () => {
    const planted = [
      "// A comment may say s3-buckets or EC2's DescribeRegions.",
      "const home = topLevel('s3-buckets');",
      'const op = `aws ec2 describe-instances`;',
    ].join('\n');
    expect(literalsIn(planted, 'x.ts', catalogWords())).toEqual([
      'x.ts:2 s3-buckets',
      'x.ts:3 ec2',
      'x.ts:3 describe-instances',
    ]);
  });
});
