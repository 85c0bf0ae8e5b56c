import fc from 'fast-check';
import { EDGE_KEYS } from '../../../../electron/endpoint/data/demo-edge';

/**
 * The members of random list responses as S3 could send them: any keys (the demo-edge ones and
 * arbitrary Unicode), optional members, owners, restore status, several checksums, timestamps
 * with fractions (and sometimes an offset or a lower-case z, which the SDK must handle). Rendered
 * to XML by render-list-xml.ts.
 */

export type Part = [name: string, content: string | Part[]];

const keyArb = fc.oneof(
  fc.constantFrom(...EDGE_KEYS),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('', ' ', '\n', ' \n ', '&amp;', '0', 'a/b/', '\u2028x', '\ud83d\ude00'),
);
const oddDates = [
  '2024-02-31T00:00:00Z',
  '2024-01-01T00:00:60Z',
  '0050-01-01T00:00:00.5Z',
  '2024-01-01T00:00:00.Z',
  '2024-01-01T24:00:00Z',
  '2024-1-01T00:00:00Z',
  '2024-01-01 00:00:00Z',
];
const dateArb = fc.oneof(
  {
    weight: 30,
    arbitrary: fc
      .record({
        ms: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }),
        fraction: fc.constantFrom('', '.000', '.5', '.123', '.1234567', '.9999', '.0005'),
        form: fc.oneof(
          { weight: 30, arbitrary: fc.constant('Z') },
          { weight: 1, arbitrary: fc.constantFrom('z', '+02:00', '-00:30') },
        ),
      })
      .map(
        ({ ms, fraction, form }) => `${new Date(ms).toISOString().slice(0, 19)}${fraction}${form}`,
      ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...oddDates) },
);
const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

const owner = fc.record({ DisplayName: maybe(fc.string()), ID: hex(64) });
const ownerPart = (o: { DisplayName?: string | undefined; ID: string }): Part => [
  'Owner',
  [...(o.DisplayName !== undefined ? [['DisplayName', o.DisplayName] as Part] : []), ['ID', o.ID]],
];
const restore = fc.record({
  IsRestoreInProgress: fc.constantFrom('true', 'false', 'TRUE'),
  RestoreExpiryDate: maybe(dateArb),
});
const restorePart = (r: { IsRestoreInProgress: string; RestoreExpiryDate?: string | undefined }) =>
  [
    'RestoreStatus',
    [
      ['IsRestoreInProgress', r.IsRestoreInProgress],
      ...(r.RestoreExpiryDate ? [['RestoreExpiryDate', r.RestoreExpiryDate] as Part] : []),
    ],
  ] as Part;

const entry = (kind: 'Contents' | 'Version' | 'DeleteMarker') =>
  fc
    .record({
      key: keyArb,
      date: dateArb,
      etag: hex(32).map((h) => `"${h}"`),
      checksums: fc.subarray(['CRC32', 'CRC64NVME', 'SHA256']),
      type: maybe(fc.constantFrom('FULL_OBJECT', 'COMPOSITE')),
      size: fc.constantFrom('0', '1', '5497558138880', '007', ''),
      storage: fc.constantFrom('STANDARD', 'GLACIER', 'INTELLIGENT_TIERING'),
      owner: maybe(owner),
      restore: maybe(restore),
      version: fc.constantFrom('null', '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY'),
      latest: fc.constantFrom('true', 'false'),
    })
    .map((e): Part => {
      const owned = e.owner ? [ownerPart(e.owner)] : [];
      if (kind === 'DeleteMarker') {
        const key: Part[] = [
          ['Key', e.key],
          ['VersionId', e.version],
        ];
        return [kind, [...owned, ...key, ['IsLatest', e.latest], ['LastModified', e.date]]];
      }
      const head: Part[] =
        kind === 'Contents'
          ? [
              ['Key', e.key],
              ['LastModified', e.date],
            ]
          : [];
      const tail: Part[] =
        kind === 'Version'
          ? [
              ['Key', e.key],
              ['VersionId', e.version],
              ['IsLatest', e.latest],
              ['LastModified', e.date],
            ]
          : [];
      return [
        kind,
        [
          ...head,
          ['ETag', e.etag],
          ...e.checksums.map((c): Part => ['ChecksumAlgorithm', c]),
          ...(e.type ? [['ChecksumType', e.type] as Part] : []),
          ['Size', e.size],
          ['StorageClass', e.storage],
          ...tail,
          ...(kind === 'Version' ? owned : []),
          ...(kind === 'Contents' ? owned : []),
          ...(e.restore ? [restorePart(e.restore)] : []),
        ],
      ];
    });

const prefixes = fc
  .array(keyArb, { maxLength: 4 })
  .map((ps) => ps.map((p): Part => ['CommonPrefixes', [['Prefix', p]]]));
const optional = (name: string, arb: fc.Arbitrary<string>) =>
  maybe(arb).map((v): Part[] => (v === undefined ? [] : [[name, v]]));
const token = fc.base64String({ minLength: 4, maxLength: 40 });

export const v2Body = fc
  .tuple(
    fc.constantFrom('true', 'false'),
    fc.array(entry('Contents'), { maxLength: 6 }),
    prefixes,
    optional('Delimiter', fc.constantFrom('/', '-', '&')),
    optional('ContinuationToken', token),
    optional('NextContinuationToken', token),
    optional('StartAfter', keyArb),
    fc.constantFrom('0', '2', '1000'),
  )
  .map(([truncated, contents, common, delimiter, ct, nct, startAfter, maxKeys]): Part[] => [
    ['Name', 'demo-edge'],
    ['Prefix', ''],
    ...ct,
    ...nct,
    ['KeyCount', String(contents.length + common.length)],
    ['MaxKeys', maxKeys],
    ...delimiter,
    ['IsTruncated', truncated],
    ...startAfter,
    ...contents,
    ...common,
  ]);

export const versionsBody = fc
  .tuple(
    fc.array(entry('Version'), { maxLength: 5 }),
    fc.array(entry('DeleteMarker'), { maxLength: 3 }),
    prefixes,
    optional('KeyMarker', keyArb),
    optional('NextKeyMarker', keyArb),
    optional('NextVersionIdMarker', token),
  )
  .map(([versions, markers, common, km, nkm, nvim]): Part[] => [
    ['Name', 'demo-versions'],
    ['Prefix', ''],
    ...km,
    ['VersionIdMarker', ''],
    ...nkm,
    ...nvim,
    ['MaxKeys', '1000'],
    ['IsTruncated', nkm.length ? 'true' : 'false'],
    ...versions,
    ...markers,
    ...common,
  ]);
