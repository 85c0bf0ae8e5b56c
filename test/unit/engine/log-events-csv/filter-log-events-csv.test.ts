import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filterLogEventsCsv,
  TRANSCODED_COLUMNS,
} from '../../../../electron/engine/log-events-csv/filter-log-events-csv';
import { createPageCsv } from '../../../../electron/engine/log-events-csv/page-csv';

// The reference: the page read by JSON.parse and written through logs-events' rows and the
// shared CSV encoder, as the CLI writes any listing.
const expected = (body: string, formulaGuard: boolean) => {
  const page = JSON.parse(body) as Record<string, unknown>;
  return {
    records: Buffer.from(createPageCsv(formulaGuard).records(page)).toString('utf8'),
    nextToken: typeof page.nextToken === 'string' ? page.nextToken : null,
  };
};

const transcoded = (body: string, formulaGuard: boolean) => {
  const page = filterLogEventsCsv(Buffer.from(body, 'utf8'), formulaGuard);
  return page && { records: Buffer.from(page.records).toString('utf8'), nextToken: page.nextToken };
};

// Text that exercises every cell rule: commas and quotes (quoting), formula starters, level
// words at and off word boundaries, escapes JSON must write (quotes, backslashes, controls),
// and non-ASCII of one to four UTF-8 bytes.
const piece = fc.constantFrom(
  'a',
  'Z',
  '7',
  '_',
  ' ',
  ',',
  '"',
  '\\',
  '\n',
  '\r',
  '\t',
  '\u0001',
  '\u007f',
  'é',
  '日本',
  '😀',
  '=',
  '+',
  '-',
  '@',
  "'",
  'INFO',
  'WARN',
  'WARNING',
  'WARNINGS',
  'xERROR',
  'ERROR_',
  'DEBUG',
  'TRACE',
  'FATAL',
  '[',
  '/',
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
// Times in milliseconds: today's, the epoch's neighbours, and years outside 0000-9999.
const time = fc.oneof(
  fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }),
  fc.integer({ min: -90_000, max: 90_000 }),
  fc.constantFrom(-62_198_755_200_001, 253_402_300_800_000, 999_999_999_999_999),
);
const event = fc.record(
  {
    logStreamName: text,
    timestamp: time,
    message: text,
    ingestionTime: time,
    eventId: text,
  },
  { requiredKeys: [] },
);
// Members in any order, as any service's JSON may write them.
const shuffled = <T extends object>(value: T) =>
  fc
    .shuffledSubarray(Object.keys(value), { minLength: Object.keys(value).length })
    .map((keys) => Object.fromEntries(keys.map((k) => [k, value[k as keyof T]])));
const page = fc.record(
  {
    events: fc.array(event.chain(shuffled), { maxLength: 20 }),
    searchedLogStreams: fc.array(
      fc.record({ logStreamName: text, searchedCompletely: fc.boolean() }, { requiredKeys: [] }),
      { maxLength: 3 },
    ),
    nextToken: text,
  },
  { requiredKeys: [] },
);
// JSON as JSON.stringify writes it, with \u escapes for every non-ASCII character (as Python's
// json does by default), or with whitespace between every token.
const serialised = fc.tuple(page, fc.constantFrom('plain', 'ascii', 'spaced')).map(([p, how]) => {
  const body = JSON.stringify(p, null, how === 'spaced' ? 1 : undefined);
  return how === 'ascii'
    ? body.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : body;
});

describe('filterLogEventsCsv', () => {
  it('writes the columns of logs-events, in their order', () => {
    expect(createPageCsv(true).columns.map((c) => c.id)).toEqual([...TRANSCODED_COLUMNS]);
  });

  it('writes every page exactly as JSON.parse and the CSV encoder do', () => {
    fc.assert(
      fc.property(serialised, fc.boolean(), (body, formulaGuard) => {
        expect(transcoded(body, formulaGuard)).toEqual(expected(body, formulaGuard));
      }),
      { numRuns: 2_000 },
    );
  });

  it('writes the header-less records of a plain page', () => {
    const body = JSON.stringify({
      events: [
        {
          logStreamName: 'app/1',
          timestamp: 1_709_251_200_101,
          message: 'WARN slow, "very"',
          ingestionTime: 1_709_251_200_605,
          eventId: '42',
        },
        { message: '=1+1', eventId: '43' },
      ],
      nextToken: 'next',
    });
    expect(transcoded(body, true)).toEqual({
      records:
        '2024-03-01T00:00:00.101Z,app/1,WARN,"WARN slow, ""very""",42,2024-03-01T00:00:00.605Z\r\n' +
        ",,,'=1+1,43,\r\n",
      nextToken: 'next',
    });
  });

  it.each([
    ['a member the SDK does not know', '{"events":[{"message":"m","extra":1}]}'],
    ['a page member it does not know', '{"events":[],"more":true}'],
    ['a null', '{"events":[{"message":null}]}'],
    ['a null nextToken', '{"events":[],"nextToken":null}'],
    ['a number as text', '{"events":[{"timestamp":"12"}]}'],
    ['a number with a fraction', '{"events":[{"timestamp":1.5}]}'],
    ['a number with an exponent', '{"events":[{"timestamp":1e12}]}'],
    ['a number with a leading zero', '{"events":[{"timestamp":012}]}'],
    ['a member twice', '{"events":[{"message":"a","message":"b"}]}'],
    ['a raw line break in a string', '{"events":[{"message":"a\nb"}]}'],
    ['a bad escape', '{"events":[{"message":"a\\qb"}]}'],
    ['an escaped member name', '{"events":[{"mess\\u0061ge":"a"}]}'],
    ['a searched stream of another shape', '{"searchedLogStreams":[{"searchedCompletely":1}]}'],
    ['no JSON', '{"events":['],
    ['something after the page', '{"events":[]} {}'],
    ['an array', '[]'],
  ])('gives up %s (the usual path reads it)', (_what, body) => {
    expect(filterLogEventsCsv(Buffer.from(body, 'utf8'), true)).toBeNull();
  });

  it('gives up invalid UTF-8, which the usual path decodes to U+FFFD', () => {
    const body = Buffer.concat([
      Buffer.from('{"events":[{"message":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}]}'),
    ]);
    expect(filterLogEventsCsv(body, true)).toBeNull();
  });
});
