import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RESPONSE_LIMITS,
  responseLimitsFrom,
} from '../../../../electron/engine/http/response-limits';

describe('responseLimitsFrom', () => {
  it('takes each limit from its variable, in MB and seconds', () => {
    expect(
      responseLimitsFrom({
        PAGESCOPE_MAX_RESPONSE_MB: '2',
        PAGESCOPE_IDLE_TIMEOUT_S: '0.5',
        PAGESCOPE_REQUEST_DEADLINE_S: '10',
      }),
    ).toEqual({ maxBytes: 2 * 2 ** 20, idleMs: 500, deadlineMs: 10_000 });
  });

  it('keeps the defaults for missing, zero or malformed values', () => {
    expect(
      responseLimitsFrom({ PAGESCOPE_MAX_RESPONSE_MB: '0', PAGESCOPE_IDLE_TIMEOUT_S: '-1s' }),
    ).toEqual(DEFAULT_RESPONSE_LIMITS);
  });
});
