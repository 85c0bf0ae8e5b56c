import { describe, expect, it } from 'vitest';
import { compileFilterPattern } from '../../../../electron/endpoint/logs/filter-pattern';
import { AwsError } from '../../../../electron/endpoint/http/aws-error';

const messages = [
  'ERROR [req-1] timeout calling payments-service after 3000ms',
  'ERROR [req-2] Internal Server Error on GET /api/orders/7',
  'WARN [req-3] retrying request to payments-service (attempt 2)',
  'INFO [req-4] GET /api/orders/8 200 12ms',
];
const kept = (pattern: string) =>
  messages.flatMap((m, i) => (compileFilterPattern(pattern)(m) ? [i] : []));

describe('CloudWatch Logs filter patterns for unstructured events', () => {
  it.each([
    ['', [0, 1, 2, 3]],
    ['" "', [0, 1, 2, 3]],
    ['ERROR', [0, 1]],
    ['error', []],
    ['ERROR timeout', [0]],
    ['"payments-service"', [0, 2]],
    ['"Internal Server Error"', [1]],
    ['?WARN ?INFO', [2, 3]],
    ['ERROR -timeout', [1]],
    ['-ERROR', [2, 3]],
    ['"payments-service" -"(attempt"', [0]],
  ])('%j keeps events %j', (pattern, expected) => {
    expect(kept(pattern)).toEqual(expected);
  });

  it.each([
    '{ $.level = "ERROR" }',
    '[ip, user, status=500]',
    '%ERR.R%',
    'payments-service',
    '"unclosed',
    '?ERROR WARN',
    'ERROR -" "',
  ])('refuses %j with InvalidParameterException', (pattern) => {
    let error: unknown = null;
    try {
      compileFilterPattern(pattern);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AwsError);
    expect((error as AwsError).code).toBe('InvalidParameterException');
  });
});
