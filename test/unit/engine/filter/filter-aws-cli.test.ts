import { describe, expect, it } from 'vitest';
import { ApiFailure, type FilterSpec } from '../../../../shared/contract';
import { compileFilter } from '../../../../electron/engine/filter/compile-filter';
import { ec2Items } from '../paging/fixtures';

const item = (expression: string): FilterSpec => ({ expression, mode: 'item' });

/** S3 items as the SDK gives them: LastModified is a Date. */
const objects = () =>
  ['a.txt', 'x/1', 'y/2', 'zz', '\uFF5Ewide', '😀smile'].map((Key, i) => ({
    Key,
    Size: i * 1000,
    LastModified: new Date(Date.UTC(2025, 10 + i, 2, 17, 15, 17)),
    StorageClass: 'STANDARD',
  }));

const keysOf = (expression: string) =>
  compileFilter(item(expression))
    .run(objects())
    .map((o) => (o as { Key: string }).Key);

const failure = (spec: FilterSpec): { message: string; column: unknown } => {
  try {
    compileFilter(spec).run(objects());
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    expect(error.apiError.code).toBe('BAD_FILTER');
    return { message: error.apiError.message, column: error.apiError.details?.column };
  }
  throw new Error(`${spec.expression} did not fail`);
};

// Expected values are what the AWS CLI (jmespath.py) gives for the same items; the differential
// test (test/unit/shared/jmespath) checks the evaluator against jmespath.py itself.
describe('filters as the AWS CLI evaluates them', () => {
  it('orders strings: timestamps compare as the CLI’s ISO 8601 text', () => {
    expect(keysOf("LastModified >= '2026-01-01'")).toEqual(['y/2', 'zz', '\uFF5Ewide', '😀smile']);
    expect(keysOf("[?Key > 'y']")).toEqual(['y/2', 'zz', '\uFF5Ewide', '😀smile']);
  });

  it('sees timestamps exactly as the CLI prints them', () => {
    const stamps = compileFilter(item('[].LastModified')).run(objects().slice(0, 1));
    expect(stamps).toEqual(['2025-11-02T17:15:17+00:00']);
  });

  it('orders by code point in max_by, min_by, max and sort_by', () => {
    const run = (e: string) =>
      compileFilter({ expression: e, mode: 'page' }).run({ Contents: objects() });
    expect(run('max_by(Contents, &Key).Key')).toEqual(['😀smile']);
    expect(run('min_by(Contents, &Key).Key')).toEqual(['a.txt']);
    expect(run('max(Contents[].Key)')).toEqual(['😀smile']);
    expect(run('sort_by(Contents, &Key)[-2:].Key')).toEqual(['\uFF5Ewide', '😀smile']);
  });

  it('fails like the CLI on a number ordered against a string', () => {
    expect(failure(item("[?Size > '0']")).message).toMatch(/failed on the data.*not supported/);
  });

  it('refuses what jmespath.py lacks: items(), arithmetic', () => {
    expect(failure(item('items(@)'))).toEqual({
      message: expect.stringContaining('items() is not a JMESPath function'),
      column: 1,
    });
    expect(failure(item('[?Size + `1` > `2`]')).message).toMatch(/Bad filter at column 8/);
  });

  it('keeps a raw string’s backslashes as jmespath.py does', () => {
    const run = (e: string) => compileFilter({ expression: e, mode: 'page' }).run({});
    expect(run("'\\\\backslash'")).toEqual(['\\\\backslash']);
    expect(run("'it\\'s'")).toEqual(["it's"]);
  });

  it('reports a single = with a fix instead of filtering nothing', () => {
    const { message, column } = failure(item("[?State.Name = 'running']"));
    expect(column).toBe(14);
    expect(message).toBe(
      'Bad filter at column 14: `=` is not a JMESPath operator: compare with `==`',
    );
  });

  it('treats a bare predicate that ends a pipe as a predicate', () => {
    const ids = compileFilter(item("Tags[?Key=='Environment'].Value | [0] == 'production'"))
      .run(ec2Items())
      .map((i) => (i as { InstanceId: string }).InstanceId);
    expect(ids).toEqual(['i-1', 'i-2']);
  });
});

describe('filter mistakes are reported in words a user knows', () => {
  it('names the bracket a missing ] should close', () => {
    expect(failure(item("[?Size > `1` && Key == 'a'")).message).toBe(
      'Bad filter at column 27: expected `]` to close the filter that opens at column 1, found the end of the expression',
    );
    expect(failure(item('[?Size >')).message).toBe(
      'Bad filter at column 9: the expression ends too early: expected a value, or `]` to close the filter that opens at column 1',
    );
    expect(failure(item('Contents[?Size > `1` Key')).message).toBe(
      'Bad filter at column 22: expected `]` to close the filter that opens at column 9, found unquoted_identifier "Key"',
    );
  });

  it('warns about double-quoted "strings" with the column and the fix', () => {
    expect(compileFilter(item('State.Name == "running"')).warnings).toEqual([
      {
        message: expect.stringContaining('"running" in double quotes is a field name'),
        column: 15,
        suggestion: "State.Name == 'running'",
      },
    ]);
  });

  it('warns about a number compared with a string literal', () => {
    expect(compileFilter(item("Size >= '1048576'")).warnings).toEqual([
      {
        message: expect.stringContaining("'1048576' is a string"),
        column: 9,
        suggestion: 'Size >= `1048576`',
      },
    ]);
    expect(compileFilter(item("Tags[?Key=='n'].Value | [0] == '7'")).warnings).toEqual([]);
    expect(compileFilter(item("State.Name == 'running'")).warnings).toEqual([]);
  });
});
