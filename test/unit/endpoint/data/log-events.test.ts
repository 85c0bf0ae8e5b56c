import { describe, expect, it } from 'vitest';
import { eventTimestamp, logEvent } from '../../../../electron/endpoint/data/log-events';
import { BIG_LOG_GROUP, demoLogGroups } from '../../../../electron/endpoint/data/log-groups';

const big = demoLogGroups(1, 'us-east-1').find((g) => g.name === BIG_LOG_GROUP)!.streams[0]!;

describe('demo log events', () => {
  // One event of each message line, and the stream's last, pinned: events are a pure function of
  // (seed, index), and a faster way of computing them must compute the same ones.
  it.each([
    [0, 1709251200101, 1709251200605, 'INFO [req-ea9e7fa0] POST /api/payments 201 1129ms'],
    [1, 1709251201807, 1709251202472, 'WARN [req-b541754a] slow query on orders took 2385ms'],
    [2, 1709251202646, 1709251204126, 'WARN [req-d93ae6d5] cache miss for key order:59372'],
    [3, 1709251203626, 1709251204840, 'INFO [req-49731661] user u-4383 signed in'],
    [5, 1709251205281, 1709251206566, 'INFO [req-6ce0f742] GET /api/payments/58967 200 3976ms'],
    [
      6,
      1709251206310,
      1709251206909,
      'ERROR [req-2b4cce2c] Internal Server Error on GET /api/payments/94045',
    ],
    [
      7,
      1709251207234,
      1709251207318,
      'ERROR [req-1aed4cf1] NullPointerException in OrderHandler line 418',
    ],
    [
      9,
      1709251209377,
      1709251209644,
      'WARN [req-433ace20] retrying request to payments-service (attempt 4)',
    ],
    [
      16,
      1709251216695,
      1709251217616,
      'ERROR [req-91f5f579] timeout calling payments-service after 3392ms',
    ],
    [25, 1709251225414, 1709251225816, 'DEBUG [req-f71ad171] cache hit for key order:73423'],
    [999_999, 1710251199681, 1710251200281, 'INFO [req-6e16da3d] GET /api/users/98684 200 393ms'],
  ])('event %i of the million-event stream', (i, timestamp, ingestionTime, message) => {
    const eventId = `0000000${timestamp}001540483476${String(i).padStart(24, '0')}`;
    expect(logEvent(big, i)).toEqual({ timestamp, ingestionTime, message, eventId });
    expect(eventTimestamp(big, i)).toBe(timestamp);
  });
});
