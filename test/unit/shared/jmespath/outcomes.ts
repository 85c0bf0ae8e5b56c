import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compileJmespath, JmespathError } from '../../../../shared/jmespath';
import { Expref } from '../../../../shared/jmespath/python-values';

/** One differential case: the document travels as JSON text, which both sides parse. */
export interface DifferentialCase {
  expression: string;
  document: string;
}

/** What evaluating a case gave, in jmespath_oracle.py's shapes. */
export type Outcome =
  | { ok: unknown; flags?: string[] }
  | { error: string; message: string; flags?: string[] }
  | { unserializable: string };

// Debian's /usr/bin/python3 has jmespath 1.0.1, the AWS CLI's; the python3 first on PATH has none.
const PYTHON = '/usr/bin/python3';
const ORACLE = fileURLToPath(new URL('./jmespath_oracle.py', import.meta.url));
const NONFINITE_TAG = '\u0000float';

/** jmespath.py's outcomes for all cases, from one Python process. */
export const runOracle = (cases: readonly DifferentialCase[]): Outcome[] => {
  const input = cases.map((c) => JSON.stringify(c)).join('\n') + '\n';
  const run = spawnSync(PYTHON, [ORACLE], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`jmespath_oracle.py failed: ${run.stderr}`);
  const lines = run.stdout.trimEnd().split('\n');
  if (lines.length !== cases.length) {
    throw new Error(`jmespath_oracle.py answered ${lines.length} of ${cases.length} cases`);
  }
  return lines.map((line) => JSON.parse(line) as Outcome);
};

class Unserializable extends Error {}

/** The port's result as the oracle writes jmespath.py's: non-finite numbers tagged. */
const encode = (value: unknown): unknown => {
  if (value === undefined) return { '\u0000undefined': true };
  if (value instanceof Expref) throw new Unserializable('Expref');
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { [NONFINITE_TAG]: Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity' };
  }
  if (Array.isArray(value)) return value.map(encode);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key, {
        value: encode((value as Record<string, unknown>)[key]),
        enumerable: true,
      });
    }
    return out;
  }
  return value;
};

const describeError = (phase: string, e: unknown): Outcome => {
  if (e instanceof JmespathError) {
    const expected = phase === 'compile' ? 'syntax' : 'runtime';
    const error = e.kind === expected ? e.kind : `${e.kind} error while ${phase}`;
    return { error, message: e.message };
  }
  return { error: `crash while ${phase}`, message: String(e) };
};

/** The port's outcome for a case, in the same shapes. */
export const runPort = ({ expression, document }: DifferentialCase): Outcome => {
  let compiled;
  try {
    compiled = compileJmespath(expression);
  } catch (e) {
    return describeError('compile', e);
  }
  let result;
  try {
    result = compiled.search(JSON.parse(document));
  } catch (e) {
    return describeError('search', e);
  }
  try {
    return { ok: encode(result) };
  } catch (e) {
    if (e instanceof Unserializable) return { unserializable: e.message };
    throw e;
  }
};

/**
 * JSON with object keys sorted: object key order is no part of the comparison (keys() and
 * values() return arrays, whose order is). -0 reads as 0, which only to_string could show.
 */
const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const entries = Object.keys(record)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
};

/** What must agree: the result, or the kind of error, or that the result is no JSON. */
export const comparable = (outcome: Outcome): string => {
  if ('ok' in outcome) return `ok ${canonicalJson(outcome.ok)}`;
  if ('error' in outcome) return `error ${outcome.error}`;
  return 'unserializable';
};

export const flagsOf = (outcome: Outcome): readonly string[] =>
  'unserializable' in outcome ? [] : (outcome.flags ?? []);
