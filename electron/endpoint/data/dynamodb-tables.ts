import { DEMO_ACCOUNT_ID } from '../../../shared/demo-credentials';
import { between, hash32, hex, pick } from './hash';

/** A DynamoDB attribute value as the wire writes it: { "S": "..." }, { "N": "1.5" }, ... */
export type AttributeValue = Record<string, unknown>;
export type DemoItem = Record<string, AttributeValue>;

export interface KeyAttribute {
  name: string;
  type: 'S' | 'N' | 'B';
  keyType: 'HASH' | 'RANGE';
}

/** A table whose items are computed from their index, in the order Scan reads them. */
export interface DemoTable {
  name: string;
  arn: string;
  creationDateTime: number;
  key: KeyAttribute[];
  count: number;
  item(i: number): DemoItem;
  /** The index of the item with this primary key, or null when the key names no item here. */
  indexOfKey(key: DemoItem): number | null;
}

/** The 200,000-item table (us-east-1 only). */
export const BIG_TABLE = 'demo-orders';
export const BIG_TABLE_ITEMS = 200_000;

const S = (value: string): AttributeValue => ({ S: value });
const N = (value: number | string): AttributeValue => ({ N: String(value) });
const EPOCH = Date.UTC(2024, 0, 1) / 1000;
const STATUSES = ['pending', 'shipped', 'delivered', 'delivered', 'delivered', 'cancelled'];
const CITIES = ['Lisbon', 'Dublin', 'Sydney', 'Oregon', 'Cape Town', 'Zürich'];
const PRODUCTS = ['book', 'lamp', 'chair', 'kettle', 'pen', 'desk'];

/** The index a string key of the form `${prefix}${digits}` names, if it is one. */
const indexIn = (value: unknown, prefix: string, width: number, count: number): number | null => {
  if (typeof value !== 'string' || !value.startsWith(prefix)) return null;
  const digits = value.slice(prefix.length);
  if (digits.length !== width || !/^\d+$/.test(digits)) return null;
  const i = Number(digits);
  return i < count ? i : null;
};

const onlyKeys = (key: DemoItem, names: string[]): boolean => {
  const keys = Object.keys(key);
  return keys.length === names.length && names.every((n) => keys.includes(n));
};

const orders = (seed: number, region: string, count: number): DemoTable => ({
  name: BIG_TABLE,
  arn: `arn:aws:dynamodb:${region}:${DEMO_ACCOUNT_ID}:table/${BIG_TABLE}`,
  creationDateTime: EPOCH - 86_400 * 30,
  key: [{ name: 'orderId', type: 'S', keyType: 'HASH' }],
  count,
  item(i) {
    const lines = between(seed, 31, i, 1, 3);
    const item: DemoItem = {
      orderId: S(`ord-${String(i).padStart(7, '0')}`),
      customerId: S(`c-${String(hash32(seed, 32, i) % 20_000).padStart(5, '0')}`),
      status: S(pick(seed, 33, i, STATUSES)),
      total: N((between(seed, 34, i, 100, 250_000) / 100).toFixed(2)),
      createdAt: S(new Date((EPOCH + between(seed, 35, i, 0, 365 * 86_400)) * 1000).toISOString()),
      express: { BOOL: hash32(seed, 36, i) % 4 === 0 },
      address: { M: { city: S(pick(seed, 37, i, CITIES)), zip: S(hex(seed, 38, i, 5)) } },
      lines: {
        L: Array.from({ length: lines }, (_, l) => ({
          M: { product: S(pick(seed, 39, i * 4 + l, PRODUCTS)), qty: N(1 + (l % 3)) },
        })),
      },
    };
    if (hash32(seed, 40, i) % 5 === 0)
      item.tags = { SS: ['gift', 'priority'].slice(0, 1 + (i % 2)) };
    if (hash32(seed, 41, i) % 7 === 0) item.note = { NULL: true };
    return item;
  },
  indexOfKey: (key) =>
    onlyKeys(key, ['orderId']) ? indexIn(key.orderId?.S, 'ord-', 7, count) : null,
});

const users = (seed: number, region: string): DemoTable => {
  const count = 300;
  return {
    name: 'demo-users',
    arn: `arn:aws:dynamodb:${region}:${DEMO_ACCOUNT_ID}:table/demo-users`,
    creationDateTime: EPOCH - 86_400 * 200,
    key: [{ name: 'userId', type: 'S', keyType: 'HASH' }],
    count,
    item: (i) => ({
      userId: S(`u-${String(i).padStart(4, '0')}`),
      email: S(`user${i}@example.com`),
      plan: S(pick(seed, 42, i, ['free', 'pro', 'team'])),
      logins: N(between(seed, 43, i, 0, 5000)),
      active: { BOOL: hash32(seed, 44, i) % 6 !== 0 },
      ...(i % 10 === 0 ? { scores: { NS: ['1', '2.5', '10'] } } : {}),
    }),
    indexOfKey: (key) =>
      onlyKeys(key, ['userId']) ? indexIn(key.userId?.S, 'u-', 4, count) : null,
  };
};

/** A table with a partition and a sort key: 100 users' sessions, five each. */
const sessions = (seed: number, region: string): DemoTable => {
  const count = 500;
  const startedAt = (i: number) =>
    EPOCH + Math.floor(i / 100) * 86_400 + between(seed, 45, i, 0, 3600);
  return {
    name: 'demo-sessions',
    arn: `arn:aws:dynamodb:${region}:${DEMO_ACCOUNT_ID}:table/demo-sessions`,
    creationDateTime: EPOCH - 86_400 * 50,
    key: [
      { name: 'userId', type: 'S', keyType: 'HASH' },
      { name: 'startedAt', type: 'N', keyType: 'RANGE' },
    ],
    count,
    item: (i) => ({
      userId: S(`u-${String(i % 100).padStart(4, '0')}`),
      startedAt: N(startedAt(i)),
      device: S(pick(seed, 46, i, ['ios', 'android', 'web'])),
      seconds: N(between(seed, 47, i, 5, 7200)),
    }),
    indexOfKey(key) {
      if (!onlyKeys(key, ['userId', 'startedAt'])) return null;
      const u = indexIn(key.userId?.S, 'u-', 4, 100);
      if (u === null) return null;
      for (let i = u; i < count; i += 100) if (String(startedAt(i)) === key.startedAt?.N) return i;
      return null;
    },
  };
};

/** A table keyed by binary values, whose tokens botocore writes with boto_encoded_keys. */
const blobs = (seed: number, region: string): DemoTable => {
  const count = 40;
  const digest = (i: number) => Buffer.from(hex(seed, 48, i, 32), 'hex').toString('base64');
  return {
    name: 'demo-blobs',
    arn: `arn:aws:dynamodb:${region}:${DEMO_ACCOUNT_ID}:table/demo-blobs`,
    creationDateTime: EPOCH - 86_400 * 7,
    key: [{ name: 'digest', type: 'B', keyType: 'HASH' }],
    count,
    item: (i) => ({
      digest: { B: digest(i) },
      name: S(`blob-${i}.bin`),
      size: N(between(seed, 49, i, 1, 1 << 20)),
      ...(i % 4 === 0 ? { parts: { BS: [digest(i + 1000), digest(i + 2000)] } } : {}),
    }),
    indexOfKey(key) {
      if (!onlyKeys(key, ['digest'])) return null;
      const wanted = key.digest?.B;
      for (let i = 0; i < count; i++) if (digest(i) === wanted) return i;
      return null;
    },
  };
};

const small = (seed: number, region: string, n: number): DemoTable => {
  const name = `svc-${String(n).padStart(2, '0')}-${pick(seed, 50, n, ['cache', 'jobs', 'audit', 'flags'])}`;
  const count = between(seed, 51, n, 0, 20);
  return {
    name,
    arn: `arn:aws:dynamodb:${region}:${DEMO_ACCOUNT_ID}:table/${name}`,
    creationDateTime: EPOCH - 86_400 * between(seed, 52, n, 1, 300),
    key: [{ name: 'id', type: 'S', keyType: 'HASH' }],
    count,
    item: (i) => ({
      id: S(`${name}-${String(i).padStart(3, '0')}`),
      value: N(hash32(seed, 53, n * 64 + i) % 1000),
    }),
    indexOfKey: (key) => (onlyKeys(key, ['id']) ? indexIn(key.id?.S, `${name}-`, 3, count) : null),
  };
};

const SMALL_TABLES: Readonly<Record<string, number>> = { 'us-east-1': 25, 'eu-west-1': 8 };

/** A region's tables in name order, as ListTables lists them. */
export const demoTables = (
  seed: number,
  region: string,
  bigItems = BIG_TABLE_ITEMS,
): DemoTable[] => {
  const tables = [users(seed, region), sessions(seed, region), blobs(seed, region)];
  for (let n = 0; n < (SMALL_TABLES[region] ?? 2); n++) tables.push(small(seed, region, n));
  if (region === 'us-east-1') tables.push(orders(seed, region, bigItems));
  return tables.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
};
