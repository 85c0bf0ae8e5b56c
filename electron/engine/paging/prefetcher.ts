/**
 * Keeps up to `ahead` results of an async generator requested before they are pulled. An async
 * generator runs queued next() calls one after another, so pages still come strictly in order
 * and no more than `ahead` requests are ever made beyond what the consumer asked for.
 */
export class Prefetcher<T> {
  private readonly queued: Array<Promise<IteratorResult<T>>> = [];
  private ended = false;

  constructor(
    private readonly source: AsyncGenerator<T>,
    private readonly ahead: number,
  ) {}

  next(): Promise<IteratorResult<T>> {
    const result = this.queued.shift() ?? this.request();
    // Top up only once this result is in: its failure or end must stop further requests.
    void result.then(
      (r) => (r.done ? (this.ended = true) : this.topUp()),
      () => (this.ended = true),
    );
    return result;
  }

  private topUp(): void {
    while (!this.ended && this.queued.length < this.ahead) this.queued.push(this.request());
  }

  private request(): Promise<IteratorResult<T>> {
    const promise = this.source.next();
    // A prefetched page that fails is reported when it is pulled, not as an unhandled rejection.
    promise.catch(() => undefined);
    void promise.then(
      (r) => {
        if (r.done) this.ended = true;
      },
      () => (this.ended = true),
    );
    return promise;
  }
}
