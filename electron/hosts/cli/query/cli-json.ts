import { cliTimestamp } from '../../../engine/filter/cli-timestamp';
import { pythonNumber } from '../../../../shared/jmespath/python-json';
import { isObject } from './python-str';

const INDENT = '    ';

/**
 * A scalar as Python's json module writes it. With ensure_ascii=False (the AWS CLI's choice)
 * json escapes exactly what JSON.stringify escapes in a string: the quote, the backslash and
 * the control characters, with the same short forms and lowercase \u00XX.
 */
const scalar = (value: unknown): string => {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return pythonNumber(value);
  if (value instanceof Date) return JSON.stringify(cliTimestamp(value));
  return JSON.stringify(value);
};

const membersOf = (value: unknown): Array<[string | null, unknown]> | null =>
  Array.isArray(value)
    ? value.map((v): [null, unknown] => [null, v])
    : isObject(value)
      ? Object.entries(value)
      : null;

const opening = (members: ReadonlyArray<[string | null, unknown]>, i: number, level: number) => {
  const key = members[i]![0];
  return `${i === 0 ? '' : ','}\n${INDENT.repeat(level + 1)}${key === null ? '' : `${JSON.stringify(key)}: `}`;
};

/**
 * `json.dumps(value, indent=4, ensure_ascii=False)` as the AWS CLI's json output writes it
 * (awscli/formatter.py); `level` is the depth the value sits at.
 */
export const cliJson = (value: unknown, level = 0): string => {
  const members = membersOf(value);
  if (!members) return scalar(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (members.length === 0) return open + close;
  let out = open;
  for (let i = 0; i < members.length; i += 1) {
    out += opening(members, i, level) + cliJson(members[i]![1], level + 1);
  }
  return `${out}\n${INDENT.repeat(level)}${close}`;
};

/** Containers this large are written member by member, so no one string holds all of them. */
const LARGE = 256;

/** The same text in pieces, for a result too large to be one string (a whole listing). */
export function* cliJsonPieces(value: unknown, level = 0): Generator<string> {
  const members = membersOf(value);
  if (!members || members.length < LARGE) {
    yield cliJson(value, level);
    return;
  }
  yield Array.isArray(value) ? '[' : '{';
  for (let i = 0; i < members.length; i += 1) {
    yield opening(members, i, level);
    yield* cliJsonPieces(members[i]![1], level + 1);
  }
  yield `\n${INDENT.repeat(level)}${Array.isArray(value) ? ']' : '}'}`;
}

/** One value as compact JSON on a line (jsonl), numbers and timestamps as in the json output. */
export const compactJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(compactJson).join(',')}]`;
  if (isObject(value)) {
    const members = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${compactJson(v)}`);
    return `{${members.join(',')}}`;
  }
  return scalar(value);
};
