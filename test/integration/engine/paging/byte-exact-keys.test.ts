import { execFileSync } from 'node:child_process';
import { S3Client } from '@aws-sdk/client-s3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDGE_KEYS } from '../../../../electron/endpoint/data/demo-edge';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { FastS3Protocol } from '../../../../electron/engine/fast-list/fast-s3-protocol';
import { decodeAfterToken } from '../../../../electron/engine/paging/partitioned/after-token';
import type { ResourceDescriptor } from '../../../../electron/engine/resources/resource';
import { s3ObjectVersions } from '../../../../electron/engine/resources/s3-object-versions';
import { s3Objects } from '../../../../electron/engine/resources/s3-objects';
import { unquotePlus } from '../../../../electron/engine/resources/s3-url-encoding';
import { demoCredentials } from '../../endpoint/endpoint-clients';
import { byteOrder } from '../../endpoint/reference-listing';
import { countingClient, sources, walk } from './partitioned/partitioned-harness';
import {
  awsS3apiBatch,
  boto3Listings,
  fixture,
  pagescopeList,
  PYTHON,
  referenceEnv,
  run,
  type AwsListing,
  type Boto3Request,
  type KeyMembers,
  type Target,
} from './listing-tools';
import { motoMissing, startMoto, type MotoServer } from './moto-server';

/**
 * XML 1.0 cannot carry most control characters, and its parsers read a carriage return as a line
 * feed; S3 answers listings with `encoding-type=url` for that reason, and the AWS CLI and boto3
 * always ask for it. These tests list keys holding such characters through PageScope (its CLI, its
 * resource descriptors, its ordered parallel listing) and through the AWS CLI v2 and boto3, from
 * the local endpoint and from moto, and want the same bytes from all of them.
 */

const CONTROL_KEYS = [
  'carriage\rreturn.txt',
  'trailing-cr\r',
  'cr\rfolder/inside.txt',
  '\u0001starts-with-soh.txt',
  'control/bell\u0007.txt',
  'control/escape\u001b[31mred\u001b[0m.txt',
  'control/delete\u007f.txt',
  'tab\there.txt',
];

const hasControl = (key: string) => [...key].some((c) => c < ' ' || c === '\u007f');
const sorted = (keys: readonly string[]) => [...keys].sort(byteOrder);
const keysOf = (entries: Array<{ Key: string }> | undefined) => (entries ?? []).map((e) => e.Key);

/** One page through a resource descriptor, as the engine sends it, with its key-bearing members. */
const descriptorPage = async (
  resource: ResourceDescriptor,
  client: S3Client,
  input: Record<string, unknown>,
): Promise<KeyMembers> => {
  const page = (await resource.send(client, input, new AbortController().signal)) as Record<
    string,
    unknown
  >;
  const members = ['Prefix', 'Delimiter', 'StartAfter', 'KeyMarker', 'NextKeyMarker'];
  const out: KeyMembers = { Keys: [], CommonPrefixes: [] };
  for (const name of [...members, 'EncodingType'])
    if (page[name] !== undefined) out[name] = page[name];
  for (const member of ['Contents', 'Versions', 'DeleteMarkers']) {
    out.Keys.push(...keysOf(page[member] as Array<{ Key: string }> | undefined));
  }
  const prefixes = (page.CommonPrefixes ?? []) as Array<{ Prefix: string }>;
  out.CommonPrefixes = prefixes.map((p) => p.Prefix);
  return out;
};

describe("decoding as botocore's unquote_str", () => {
  it('agrees with botocore.compat.unquote_str on generated text, malformed escapes included', () => {
    const byte = fc.integer({ min: 0, max: 255 }).map((b) => `%${b.toString(16).padStart(2, '0')}`);
    const piece = fc.oneof(
      byte,
      fc.constantFrom('%', '%%', '%g0', '%0', '+', ' ', 'a', '/', '%E2%82', '%C3%A9', '%EF%BB%BF'),
      fc.constantFrom('é', '€', '📷', '\r', '\u0001', '\u007f', '\u0085'),
    );
    const samples = fc.sample(
      fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')),
      { numRuns: 2000, seed: 3 },
    );
    const script =
      'import json, sys\nfrom botocore.compat import unquote_str\n' +
      'print(json.dumps([unquote_str(s) for s in json.load(sys.stdin)]))';
    const python = JSON.parse(
      execFileSync(PYTHON, ['-c', script], { input: JSON.stringify(samples), encoding: 'utf8' }),
    ) as string[];
    expect(samples.map(unquotePlus)).toEqual(python);
  });
});

/** The listings each test below compares against: aws s3api's, then boto3's. */
const CR_LISTINGS = [
  ['', '\r'],
  ['cr\r', '/'],
] as const;
const localAwsArgs = [
  ['list-objects-v2', '--bucket', 'demo-edge', '--page-size', '7'],
  ...CR_LISTINGS.map(([prefix, delimiter]) => [
    'list-objects-v2',
    '--bucket',
    'demo-edge',
    ...(prefix ? ['--prefix', prefix] : []),
    '--delimiter',
    delimiter,
    '--page-size',
    '2',
  ]),
  ['list-object-versions', '--bucket', 'demo-edge', '--page-size', '3'],
];
const DESCRIPTOR_CASES = [
  {
    resource: s3Objects,
    operation: 'list_objects_v2',
    input: { Bucket: 'demo-edge', Prefix: 'c', Delimiter: '\r', StartAfter: 'carriage\r' },
  },
  {
    resource: s3Objects,
    operation: 'list_objects_v2',
    input: { Bucket: 'demo-edge', Prefix: 'windows\r\n', StartAfter: 'windows\r\n\u0001 +%' },
  },
  {
    resource: s3Objects,
    operation: 'list_objects_v2',
    input: { Bucket: 'demo-edge', Delimiter: '\u0007', MaxKeys: 9, StartAfter: '\u0001s' },
  },
  {
    resource: s3ObjectVersions,
    operation: 'list_object_versions',
    input: { Bucket: 'demo-edge', KeyMarker: 'carriage\rreturn.txt', MaxKeys: 2 },
  },
  {
    resource: s3ObjectVersions,
    operation: 'list_object_versions',
    input: { Bucket: 'demo-edge', Prefix: 'c', Delimiter: '\r', KeyMarker: 'c+ %\t' },
  },
] as const;
const localBotoRequests: Boto3Request[] = [
  { operation: 'list_objects_v2', params: { Bucket: 'demo-edge' }, pageSize: 7 },
  ...DESCRIPTOR_CASES.map(({ operation, input }) => ({ operation, params: { ...input } })),
];

describe('keys with control characters, from the local endpoint (demo-edge)', () => {
  let endpoint: RunningEndpoint;
  let target: Target;
  // The AWS CLI's and boto3's listings, each set from one Python process (not one a listing).
  let awsRuns: AwsListing[];
  let botoRuns: Array<KeyMembers & { Pages: number }>;
  beforeAll(async () => {
    endpoint = await startEndpoint({ objects: 100 });
    target = {
      url: endpoint.url,
      accessKeyId: DEMO_ACCESS_KEY_ID,
      secretAccessKey: DEMO_SECRET_ACCESS_KEY,
    };
    [awsRuns, botoRuns] = await Promise.all([
      awsS3apiBatch(target, localAwsArgs),
      boto3Listings(target, localBotoRequests),
    ]);
  });
  afterAll(() => endpoint.stop());

  it('pagescope list s3-objects gives every key byte-exact, as aws s3api and boto3 do', async () => {
    const expected = sorted(EDGE_KEYS);
    expect(expected).toEqual(expect.arrayContaining(CONTROL_KEYS));
    const aws = awsRuns[0]!;
    const boto = botoRuns[0]!;
    // A whole listing takes the ordered parallel listing; --max-items keeps it sequential.
    const parallel = await pagescopeList(target, ['s3-objects', '--bucket', 'demo-edge']);
    const sequential = await pagescopeList(target, [
      's3-objects',
      '--bucket',
      'demo-edge',
      '--page-size',
      '3',
      '--max-items',
      '1000',
    ]);
    expect(keysOf(aws.Contents)).toEqual(expected);
    expect(boto.Keys).toEqual(expected);
    expect(parallel.keys).toEqual(expected);
    expect(sequential.keys).toEqual(expected);
  });

  it('lists with a CR as the delimiter and as part of the prefix, as aws s3api does', async () => {
    for (const [i, [prefix, delimiter]] of CR_LISTINGS.entries()) {
      const ours = await pagescopeList(target, [
        's3-objects',
        '--bucket',
        'demo-edge',
        ...(prefix ? ['--prefix', prefix] : []),
        '--delimiter',
        delimiter,
        '--page-size',
        '2',
        '--max-items',
        '1000',
      ]);
      const aws = awsRuns[1 + i]!;
      const theirs = (aws.CommonPrefixes ?? []).map((p) => p.Prefix);
      expect(theirs.length).toBeGreaterThan(0);
      expect(sorted(ours.folders)).toEqual(sorted(theirs));
      expect(sorted(ours.keys)).toEqual(sorted(keysOf(aws.Contents)));
    }
  });

  it('pagescope list s3-object-versions follows NextKeyMarker across CR keys, as aws does', async () => {
    const ours = await pagescopeList(target, [
      's3-object-versions',
      '--bucket',
      'demo-edge',
      '--page-size',
      '3',
      '--max-items',
      '1000',
    ]);
    const aws = awsRuns[1 + CR_LISTINGS.length]!;
    expect(keysOf(aws.Versions)).toEqual(sorted(EDGE_KEYS));
    expect(ours.keys).toEqual(keysOf(aws.Versions));
  });

  it('decodes in the descriptors exactly the members botocore decodes, on either protocol', async () => {
    const config = {
      endpoint: endpoint.url,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: demoCredentials,
      maxAttempts: 1,
    };
    const clients = [new S3Client(config), new S3Client({ ...config, protocol: FastS3Protocol })];
    for (const [i, { resource, input }] of DESCRIPTOR_CASES.entries()) {
      const boto = botoRuns[1 + i]!;
      const { Pages, ...reference } = boto;
      expect(Pages).toBe(1);
      for (const client of clients) {
        expect(await descriptorPage(resource, client, { ...input })).toEqual(reference);
      }
    }
  });

  it('resumes the ordered parallel listing from after-tokens that hold control characters', async () => {
    const { client } = countingClient(endpoint);
    const options = { pageSize: 1, parallel: 4 };
    const expected = sorted(EDGE_KEYS);
    let checked = 0;
    let at = null as Awaited<ReturnType<typeof walk>>['lastTokens'];
    for (let page = 0; page < expected.length; page += 1) {
      const step = await walk(sources(client, 'demo-edge', options).partitioned, undefined, at, 1);
      expect(step.items.map((item) => item.Key)).toEqual([expected[page]]);
      at = step.lastTokens;
      const key = expected[page]!;
      if (at === null || !hasControl(key)) continue;
      // The token names the last key given, byte for byte, and the rest starts right after it.
      expect(decodeAfterToken(at.ContinuationToken as string)).toBe(key);
      const rest = await walk(sources(client, 'demo-edge', options).partitioned, undefined, at);
      expect(rest.items.map((item) => item.Key)).toEqual(expected.slice(page + 1));
      checked += 1;
    }
    expect(at).toBeNull();
    expect(checked).toBeGreaterThanOrEqual(CONTROL_KEYS.length);
  });
});

const missing = motoMissing();

describe('keys with control characters, from moto', () => {
  // moto's server answers 404 to a PUT of a key holding a line feed, so those stay out.
  const keys = EDGE_KEYS.filter((key) => !key.includes('\n'));
  let moto: MotoServer | null = null;
  let target: Target;
  const crArgs = ['--bucket', 'byte-exact', '--delimiter', '\r', '--page-size', '3'];
  let awsRuns: AwsListing[];
  beforeAll(async () => {
    if (missing) return;
    moto = await startMoto();
    target = { url: moto.url, accessKeyId: 'testing', secretAccessKey: 'testing' };
    await run(
      PYTHON,
      [fixture('boto3-put-keys.py'), moto.url, 'byte-exact', JSON.stringify(keys)],
      {
        env: referenceEnv(target),
      },
    );
    awsRuns = await awsS3apiBatch(target, [
      ['list-objects-v2', '--bucket', 'byte-exact', '--page-size', '4'],
      ['list-objects-v2', ...crArgs],
    ]);
  });
  afterAll(() => moto?.stop());

  it('pagescope list s3-objects gives every key byte-exact, as aws s3api does', async (ctx) => {
    ctx.skip(missing !== null, `${missing}: the moto comparison cannot run`);
    const expected = sorted(keys);
    expect(expected).toEqual(expect.arrayContaining(CONTROL_KEYS));
    const aws = awsRuns[0]!;
    const parallel = await pagescopeList(target, ['s3-objects', '--bucket', 'byte-exact']);
    const sequential = await pagescopeList(target, [
      's3-objects',
      '--bucket',
      'byte-exact',
      '--page-size',
      '4',
      '--max-items',
      '1000',
    ]);
    expect(keysOf(aws.Contents)).toEqual(expected);
    expect(parallel.keys).toEqual(expected);
    expect(sequential.keys).toEqual(expected);
  });

  it('lists with a CR as the delimiter, as aws s3api does', async (ctx) => {
    ctx.skip(missing !== null, `${missing}: the moto comparison cannot run`);
    const ours = await pagescopeList(target, ['s3-objects', ...crArgs, '--max-items', '1000']);
    const aws = awsRuns[1]!;
    const theirs = (aws.CommonPrefixes ?? []).map((p) => p.Prefix);
    expect(theirs).toContain('carriage\r');
    expect(sorted(ours.folders)).toEqual(sorted(theirs));
    expect(sorted(ours.keys)).toEqual(sorted(keysOf(aws.Contents)));
  });
});
