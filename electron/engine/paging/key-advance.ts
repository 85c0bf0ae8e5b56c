import { ApiFailure } from '../../../shared/contract';
import { compareKeys } from './partitioned/key-order';

const shown = (key: string): string =>
  JSON.stringify(key.length > 100 ? `${key.slice(0, 100)}…` : key);

const outOfOrder = (operation: string, key: string, previous: string): ApiFailure =>
  ApiFailure.of(
    'SERVICE_ERROR',
    `${operation} returned ${shown(key)} after ${shown(previous)}: S3 lists keys in order, so the server repeated or skipped back (it may ignore StartAfter or the continuation token). PageScope stopped the listing rather than show rows twice.`,
  );

/**
 * Checks that the keys of a listing only go forward in S3's order (key-order.ts), page after
 * page: a server that ignores where a page should start would otherwise repeat rows forever.
 * Strict for objects; versions of one key share it, so there a key may repeat.
 */
export class KeyAdvance {
  private last: string | null = null;

  constructor(
    private readonly operation: string,
    private readonly strict: boolean,
  ) {}

  /** The keys of the next page, in order; throws at the first that does not go forward. */
  check(keys: Iterable<string>): void {
    for (const key of keys) {
      const last = this.last;
      if (last !== null) {
        const order = compareKeys(key, last);
        if (order < 0 || (this.strict && order === 0)) throw outOfOrder(this.operation, key, last);
      }
      this.last = key;
    }
  }
}
