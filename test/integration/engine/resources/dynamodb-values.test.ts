import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { plainValue } from '../../../../electron/engine/resources/dynamodb-values';

// The plain JSON PageScope shows of DynamoDB's typed values, against boto3's TypeDeserializer
// (Debian's /usr/bin/python3) over the same values: one process for the whole corpus.
const script = new URL('./fixtures/boto3-deserialize.py', import.meta.url).pathname;

const numbers = [
  '0',
  '-0',
  '7',
  '-42',
  '1.50',
  '0.1',
  '1e3',
  '2.5E-3',
  '9007199254740991',
  '9007199254740993',
  '12345678901234567890',
  '3.14159265358979323846',
  '1E+125',
  '-1E-130',
  '0.30000000000000004',
];
const corpus: Array<Record<string, unknown>> = [
  { S: 'plain' },
  { S: '' },
  { S: 'é ☃ 😀' },
  ...numbers.map((n) => ({ N: n })),
  { BOOL: true },
  { BOOL: false },
  { NULL: true },
  { B: Buffer.from([0, 255, 10, 13]).toString('base64') },
  { SS: ['b', 'a', 'c'] },
  { NS: ['1', '2.5', '12345678901234567890'] },
  { BS: [Buffer.from('x').toString('base64'), Buffer.from('y').toString('base64')] },
  { L: [{ S: 'a' }, { N: '1' }, { NULL: true }, { L: [] }, { M: {} }] },
  {
    M: {
      city: { S: 'Lisbon' },
      zip: { N: '1000' },
      nested: { M: { deep: { L: [{ BOOL: false }, { B: 'AAE=' }] } } },
    },
  },
];

/** PageScope's value as the fixture writes boto3's: decimals kept as text, sets sorted. */
const comparable = (wire: Record<string, unknown>, value: unknown): unknown => {
  const [kind, inner] = Object.entries(wire)[0]!;
  if (kind === 'N' || kind === 'NS') {
    const one = (v: unknown) => (typeof v === 'string' ? { decimal: v } : v);
    if (kind === 'N') return one(value);
    return (value as unknown[])
      .map(one)
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  if (kind === 'SS' || kind === 'BS') return [...(value as string[])].sort();
  if (kind === 'L') {
    return (inner as Array<Record<string, unknown>>).map((e, i) =>
      comparable(e, (value as unknown[])[i]),
    );
  }
  if (kind === 'M') {
    return Object.fromEntries(
      Object.entries(inner as Record<string, Record<string, unknown>>).map(([k, e]) => [
        k,
        comparable(e, (value as Record<string, unknown>)[k]),
      ]),
    );
  }
  return value;
};

describe('DynamoDB attribute values as plain JSON', () => {
  it('reads every value as boto3’s TypeDeserializer does', () => {
    const run = spawnSync('/usr/bin/python3', [script], {
      input: JSON.stringify(corpus),
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const theirs = JSON.parse(run.stdout) as unknown[];
    corpus.forEach((wire, i) => {
      expect(comparable(wire, plainValue(wire)), JSON.stringify(wire)).toEqual(theirs[i]);
    });
  });

  it('keeps a number a double cannot hold exactly as its text', () => {
    expect(plainValue({ N: '9007199254740993' })).toBe('9007199254740993');
    expect(plainValue({ N: '1.50' })).toBe(1.5);
    expect(plainValue({ B: new Uint8Array([1, 2]) })).toBe('AQI=');
  });
});
