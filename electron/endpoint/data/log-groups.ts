import { DEMO_ACCOUNT_ID } from '../../../shared/demo-credentials';
import { between, hex, pick } from './hash';

export interface DemoLogStream {
  name: string;
  /** Events are computed from (seed, index) by log-events.ts, never stored. */
  seed: number;
  events: number;
  /** Event i's timestamp is firstTimestamp + i * stepMs + a jitter below stepMs. */
  firstTimestamp: number;
  stepMs: number;
  creationTime: number;
}

export interface DemoLogGroup {
  name: string;
  arn: string;
  creationTime: number;
  retentionInDays: number | null;
  storedBytes: number;
  /** In name order, as DescribeLogStreams lists them by default. */
  streams: DemoLogStream[];
}

/** The one group whose one stream holds a million events (us-east-1 only). */
export const BIG_LOG_GROUP = '/demo/big';
export const BIG_LOG_STREAM = 'app/i-0big0000000000001';
export const BIG_LOG_EVENTS = 1_000_000;

const DAY = 86_400_000;
const BASE = Date.UTC(2024, 2, 1);
const FUNCTIONS = [
  'orders-api',
  'payments-worker',
  'users-api',
  'thumbnailer',
  'mailer',
  'search-indexer',
];
const ENVS = ['prod', 'staging', 'dev', 'test'];
const RETENTION = [null, 7, 14, 30, 90, 365];

const arnOf = (region: string, name: string): string =>
  `arn:aws:logs:${region}:${DEMO_ACCOUNT_ID}:log-group:${name}`;

const stream = (seed: number, name: string, events: number, start: number, stepMs: number) => ({
  name,
  seed,
  events,
  firstTimestamp: start,
  stepMs,
  creationTime: start - 1_000,
});

const group = (
  region: string,
  name: string,
  creationTime: number,
  retentionInDays: number | null,
  streams: DemoLogStream[],
): DemoLogGroup => ({
  name,
  arn: arnOf(region, name),
  creationTime,
  retentionInDays,
  storedBytes: streams.reduce((sum, s) => sum + s.events * 96, 0),
  streams: [...streams].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
});

/** A Lambda function's group: a few streams named as Lambda names them, a few hundred events. */
const lambdaGroup = (seed: number, region: string, n: number): DemoLogGroup => {
  const name = `/aws/lambda/${pick(seed, 1, n, FUNCTIONS)}-${ENVS[n % ENVS.length]}-${String(n).padStart(2, '0')}`;
  const created = BASE - between(seed, 2, n, 30, 400) * DAY;
  const streams = Array.from({ length: between(seed, 3, n, 1, 6) }, (_, s) => {
    const day = between(seed, 4, n * 16 + s, 0, 27);
    const start = BASE + day * DAY + between(seed, 5, n * 16 + s, 0, DAY / 2);
    const date = new Date(start).toISOString().slice(0, 10).replace(/-/g, '/');
    const events = between(seed, 6, n * 16 + s, 0, 240);
    return stream(
      (seed ^ Math.imul(n * 16 + s + 1, 0x9e3779b1)) >>> 0,
      `${date}/[$LATEST]${hex(seed, 7, n * 16 + s, 32)}`,
      events,
      start,
      between(seed, 8, n * 16 + s, 200, 20_000),
    );
  });
  return group(region, name, created, pick(seed, 9, n, RETENTION), streams);
};

const LAMBDA_GROUPS: Readonly<Record<string, number>> = { 'us-east-1': 24, 'eu-west-1': 9 };

/**
 * A region's log groups, in name order as DescribeLogGroups lists them: Lambda functions' groups,
 * two ECS services, an empty group, and in us-east-1 the million-event group.
 */
export const demoLogGroups = (seed: number, region: string): DemoLogGroup[] => {
  const groups = Array.from({ length: LAMBDA_GROUPS[region] ?? 3 }, (_, n) =>
    lambdaGroup(seed, region, n),
  );
  const ecs = (name: string, k: number) =>
    group(
      region,
      name,
      BASE - 90 * DAY,
      30,
      Array.from({ length: 3 }, (_, s) =>
        stream(
          (seed ^ Math.imul(1000 + k * 8 + s, 0x85ebca6b)) >>> 0,
          `ecs/${name.slice(5)}/${hex(seed, 10, k * 8 + s, 32)}`,
          400 + 100 * s,
          BASE + s * 3_600_000,
          5_000,
        ),
      ),
    );
  groups.push(ecs('/ecs/web', 0), ecs('/ecs/worker', 1));
  groups.push(group(region, '/demo/empty', BASE - 10 * DAY, 1, []));
  if (region === 'us-east-1') {
    const big = stream(seed ^ 0x5bd1e995, BIG_LOG_STREAM, BIG_LOG_EVENTS, BASE, 1_000);
    groups.push(group(region, BIG_LOG_GROUP, BASE - DAY, null, [big]));
  }
  return groups.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
};
