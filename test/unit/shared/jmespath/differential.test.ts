import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { documents } from './arbitrary-values';
import { expressions } from './arbitrary-expressions';
import { CORPUS, CORPUS_DOCUMENTS } from './corpus';
import {
  comparable,
  flagsOf,
  runOracle,
  runPort,
  type DifferentialCase,
  type Outcome,
} from './outcomes';

/**
 * The port in shared/jmespath against jmespath.py 1.0.1 (the AWS CLI's evaluator): the same
 * result, or the same kind of error (syntax from compile, runtime from search), for the
 * hand-written corpus against every corpus document and for generated expressions and documents.
 *
 * What JavaScript cannot reproduce, and so is left out:
 * - to_string() of a whole float (1.0, avg([2, 2]), sum([0.5, 0.5])) or of an int of 16 digits
 *   or more: json.dumps writes `1.0` and `10000000000000000`, a JavaScript number cannot tell
 *   1.0 from 1 and prints 1e16 with an exponent. The oracle flags such calls; a flagged case
 *   that disagrees is counted apart, not failed. The generated documents' floats all have a
 *   fraction and their ints stay far below 2^53.
 * - to_string() of an expref: json.dumps(default=str) writes the object's memory address.
 * - object keys that look like array indices ("0", "12"): JavaScript objects list them first,
 *   Python dicts in insertion order. No document or literal here has one.
 * - lone surrogates side by side: Python keeps "\ud800" + "\udc00" as two code points where a
 *   JavaScript string sees one astral character (length() 2 against 1). The corpus has lone
 *   surrogates only where they stay apart; the generators make none.
 * - merge() of a first object with a list of pairs whose key is not a string ([[1, 2]]): a
 *   Python dict may have the int 1 and the string "1" as two keys; the port writes the key as
 *   json.dumps would, so only a clash of the two differs. No case here makes such a pair.
 */

// Fixed so CI is deterministic; set JMESPATH_DIFFERENTIAL_SEED to explore other cases.
const SEED = Number(process.env.JMESPATH_DIFFERENTIAL_SEED ?? 20260514);
const GENERATED_PAIRS = 4500;
const REPORTED = 25;
const UNREPRODUCIBLE_FLAGS = new Set(['to_string-number-repr', 'to_string-object-repr']);

interface Checked {
  case: DifferentialCase;
  origin: string;
  python: Outcome;
  port: Outcome;
}

const corpusCases = (): Array<[string, DifferentialCase]> =>
  Object.entries(CORPUS).flatMap(([rule, list]) =>
    list.flatMap((expression) =>
      Object.entries(CORPUS_DOCUMENTS).map(([name, doc]): [string, DifferentialCase] => [
        `${rule} / ${name}`,
        { expression, document: JSON.stringify(doc) },
      ]),
    ),
  );

const generatedCases = (): Array<[string, DifferentialCase]> =>
  fc
    .sample(fc.tuple(expressions, documents), { seed: SEED, numRuns: GENERATED_PAIRS })
    .map(([expression, doc], i) => [
      `generated #${i}`,
      { expression, document: JSON.stringify(doc) },
    ]);

const truncate = (text: string, max = 400) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;

const describeOutcome = (o: Outcome): string =>
  'ok' in o
    ? `ok ${truncate(JSON.stringify(o.ok) ?? 'undefined')}`
    : 'error' in o
      ? `${o.error} error: ${truncate(o.message, 200)}`
      : `not JSON (${o.unserializable})`;

const report = (list: readonly Checked[]): string =>
  list
    .slice(0, REPORTED)
    .map(
      (d) =>
        `[${d.origin}] ${JSON.stringify(d.case.expression)}\n` +
        `    document:    ${truncate(d.case.document)}\n` +
        `    jmespath.py: ${describeOutcome(d.python)}\n` +
        `    port:        ${describeOutcome(d.port)}`,
    )
    .join('\n');

describe('the JMESPath port against jmespath.py', () => {
  let corpus: Checked[] = [];
  let generated: Checked[] = [];

  beforeAll(() => {
    console.log(`JMESPath differential test: fast-check seed ${SEED}`);
    const labelled = [...corpusCases(), ...generatedCases()];
    const python = runOracle(labelled.map(([, c]) => c));
    const checked = labelled.map(([origin, c], i) => ({
      case: c,
      origin,
      python: python[i]!,
      port: runPort(c),
    }));
    corpus = checked.filter((c) => !c.origin.startsWith('generated'));
    generated = checked.filter((c) => c.origin.startsWith('generated'));
  });

  const disagreements = (list: readonly Checked[]) => {
    const differ = list.filter((c) => comparable(c.python) !== comparable(c.port));
    const unreproducible = differ.filter((c) =>
      flagsOf(c.python).some((f) => UNREPRODUCIBLE_FLAGS.has(f)),
    );
    return { failed: differ.filter((c) => !unreproducible.includes(c)), unreproducible };
  };

  it('runs at least 5,000 expression–document pairs', () => {
    expect(corpus.length + generated.length).toBeGreaterThanOrEqual(5000);
  });

  it('agrees on the hand-written corpus', () => {
    const { failed, unreproducible } = disagreements(corpus);
    console.log(
      `corpus: ${corpus.length} pairs, ${unreproducible.length} left out (to_string of numbers or exprefs)`,
    );
    expect(failed, `disagreements:\n${report(failed)}`).toHaveLength(0);
  });

  it('agrees on generated expressions and documents', () => {
    const { failed, unreproducible } = disagreements(generated);
    const errors = generated.filter((c) => 'error' in c.python).length;
    const nulls = generated.filter((c) => 'ok' in c.python && c.python.ok === null).length;
    console.log(
      `generated: ${generated.length} pairs (${errors} errors, ${nulls} null results), ` +
        `${unreproducible.length} left out`,
    );
    expect(failed, `disagreements:\n${report(failed)}`).toHaveLength(0);
  });
});
