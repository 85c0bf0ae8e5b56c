import { describe, expect, it } from 'vitest';
import { ApiFailure, type FilterSpec } from '../../../../shared/contract';
import { compileFilter } from '../../../../electron/engine/filter/compile-filter';
import { ec2Items, ec2Page, s3Page } from '../paging/fixtures';

const item = (expression: string): FilterSpec => ({ expression, mode: 'item' });
const page = (expression: string): FilterSpec => ({ expression, mode: 'page' });

// Expected results written from the JMESPath spec and boto3's PageIterator.search(): a list
// result is yielded element by element, any other result as itself (null skipped here).
describe('item mode: the expression applies to the array of a page’s items', () => {
  it('filters with a legacy backtick literal', () => {
    const keys = compileFilter(item('[?Size > `1048576`]'))
      .run(s3Page().Contents)
      .map((o) => (o as { Key: string }).Key);
    expect(keys).toEqual(['logs/app.log', 'video/big.mp4']);
  });

  it('treats a bare predicate as [?predicate]', () => {
    const ids = compileFilter(item("State.Name == 'running'"))
      .run(ec2Items())
      .map((i) => (i as { InstanceId: string }).InstanceId);
    expect(ids).toEqual(['i-1', 'i-3', 'i-4']);
  });

  it('treats a bare function predicate as [?predicate]', () => {
    const keys = compileFilter(item("contains(Key, '.log')"))
      .run(s3Page().Contents)
      .map((o) => (o as { Key: string }).Key);
    expect(keys).toEqual(['logs/app.log', 'logs/small.log']);
  });

  it('makes the keys of a projection of objects the columns', () => {
    const filter = compileFilter(item('[].{ID: InstanceId, Type: InstanceType}'));
    expect(filter.hashKeys).toEqual(['ID', 'Type']);
    expect(filter.run(ec2Items())).toEqual([
      { ID: 'i-1', Type: 't3.micro' },
      { ID: 'i-2', Type: 't3.large' },
      { ID: 'i-3', Type: 'm5.large' },
      { ID: 'i-4', Type: 't3.micro' },
    ]);
  });

  it('filters on nested lists (tags)', () => {
    const ids = compileFilter(
      item("[?Tags[?Key=='Environment' && Value=='production']].InstanceId"),
    ).run(ec2Items());
    expect(ids).toEqual(['i-1', 'i-2']);
  });
});

describe('page mode: boto3 paginate().search() over each raw page', () => {
  it('runs the boto3 guide’s S3 example', () => {
    const filter = compileFilter(page('Contents[?Size > `104857600`].{Key: Key, SizeMB: Size}'));
    expect(filter.run(s3Page())).toEqual([{ Key: 'video/big.mp4', SizeMB: 200_000_000 }]);
    expect(filter.hashKeys).toEqual(['Key', 'SizeMB']);
  });

  it('flattens the running instance ids of every reservation', () => {
    const filter = compileFilter(
      page("Reservations[].Instances[?State.Name == 'running'].InstanceId[]"),
    );
    expect(filter.run(ec2Page())).toEqual(['i-1', 'i-3', 'i-4']);
  });

  it('runs the boto3 guide’s tag example', () => {
    const filter = compileFilter(
      page(
        "Reservations[].Instances[?Tags[?Key=='Environment' && Value=='production']].{ID: InstanceId, Type: InstanceType}[]",
      ),
    );
    expect(filter.run(ec2Page())).toEqual([
      { ID: 'i-1', Type: 't3.micro' },
      { ID: 'i-2', Type: 't3.large' },
    ]);
  });

  it('yields a non-list result as one result and skips a null one', () => {
    expect(compileFilter(page('KeyCount')).run(s3Page())).toEqual([4]);
    expect(compileFilter(page('NoSuchKey')).run(s3Page())).toEqual([]);
  });

  it('sees the secondary result keys (CommonPrefixes) as the AWS CLI does', () => {
    expect(compileFilter(page('CommonPrefixes[].Prefix')).run(s3Page())).toEqual(['photos/']);
  });
});

describe('bad expressions', () => {
  const columnOf = (spec: FilterSpec): unknown => {
    try {
      compileFilter(spec);
      return 'compiled';
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      expect(error.apiError.code).toBe('BAD_FILTER');
      expect(error.apiError.message).toContain(`column ${String(error.apiError.details?.column)}`);
      return error.apiError.details?.column;
    }
  };

  it.each([
    ['[?Size >', 9], // ran out of input: the column after the end
    ['a.b c', 5], // "c" cannot follow a complete expression
    ['Contents[?Size > `10`]]', 23], // the extra bracket
    ['[].{Key: Key,}', 14], // "}" where a key was expected
    ['a | | b', 5], // the second pipe
    ['@#', 2], // a character JMESPath does not know
  ])('%s fails at column %i', (expression, column) => {
    expect(columnOf(item(expression))).toBe(column);
    expect(columnOf(page(expression))).toBe(column);
  });
});
