import { plainAscii, type JsonBytes } from '../json/json-bytes';
import { hashAt, hashKey, inRange } from './hash';

/** A stream's hash keys (hash.ts) of the attributes its messages are made of. */
export interface MessageKeys {
  level: number;
  requestId: number;
  n: number;
  ms: number;
  variant: number;
  path: number;
}

export const messageKeys = (seed: number): MessageKeys => ({
  n: hashKey(seed, 21),
  ms: hashKey(seed, 22),
  path: hashKey(seed, 23),
  variant: hashKey(seed, 24),
  level: hashKey(seed, 25),
  requestId: hashKey(seed, 27),
});

/** A value of event i that a template writes between its fixed pieces. */
type Field = (out: JsonBytes, keys: MessageKeys, i: number) => void;

const nOf = (keys: MessageKeys, i: number): number => inRange(hashAt(keys.n, i), 1, 99_999);
const PATHS = ['/api/orders', '/api/payments', '/api/users', '/health'].map(plainAscii);

const n: Field = (out, keys, i) => out.integer(nOf(keys, i));
const lineNumber: Field = (out, keys, i) => out.integer(nOf(keys, i) % 900);
const attempt: Field = (out, keys, i) => out.integer((nOf(keys, i) % 3) + 2);
const ms: Field = (out, keys, i) => out.integer(inRange(hashAt(keys.ms, i), 1, 4_000));
const path: Field = (out, keys, i) => out.raw(PATHS[hashAt(keys.path, i) % 4]!);

/** Fixed pieces, pre-encoded, around the fields: pieces[0] field[0] pieces[1] ... */
interface Template {
  pieces: Uint8Array[];
  fields: Field[];
}

const line = (pieces: TemplateStringsArray, ...fields: Field[]): Template => ({
  pieces: pieces.map(plainAscii),
  fields,
});

/**
 * Each level's message lines, one chosen per event by its variant. Fields are computed only for
 * the chosen line: a million-event stream formats one message an event.
 */
const LINES: Readonly<Record<string, Template[]>> = {
  ERROR: [
    line`timeout calling payments-service after ${ms}ms`,
    line`Internal Server Error on GET ${path}/${n}`,
    line`NullPointerException in OrderHandler line ${lineNumber}`,
  ],
  WARN: [
    line`slow query on orders took ${ms}ms`,
    line`retrying request to payments-service (attempt ${attempt})`,
    line`cache miss for key order:${n}`,
  ],
  DEBUG: [line`cache hit for key order:${n}`],
  INFO: [
    line`GET ${path}/${n} 200 ${ms}ms`,
    line`POST ${path} 201 ${ms}ms`,
    line`user u-${n} signed in`,
  ],
};

/** Event i's level is one of these ten, picked by its hash: six in ten events are INFO. */
const LEVELS = [...Array<string>(6).fill('INFO'), 'DEBUG', 'WARN', 'WARN', 'ERROR'].map(
  (level) => ({
    start: plainAscii(`${level} [req-`),
    lines: LINES[level]!,
  }),
);
const AFTER_REQUEST_ID = plainAscii('] ');

const writeLine = (out: JsonBytes, template: Template, keys: MessageKeys, i: number): void => {
  out.raw(template.pieces[0]!);
  for (let f = 0; f < template.fields.length; f++) {
    template.fields[f]!(out, keys, i);
    out.raw(template.pieces[f + 1]!);
  }
};

/**
 * Writes event i's message, `LEVEL [req-<8 hex>] <line>`. It is printable ASCII without `"` or
 * `\` (plainAscii checks every fixed piece), so it is its own JSON string content.
 */
export const writeMessage = (out: JsonBytes, keys: MessageKeys, i: number): void => {
  const level = LEVELS[hashAt(keys.level, i) % LEVELS.length]!;
  out.raw(level.start);
  out.hex32(hashAt(keys.requestId, i));
  out.raw(AFTER_REQUEST_ID);
  // A level with a single line (DEBUG) uses it whatever the variant.
  const variant = hashAt(keys.variant, i) % 3;
  writeLine(out, level.lines[variant % level.lines.length]!, keys, i);
};
