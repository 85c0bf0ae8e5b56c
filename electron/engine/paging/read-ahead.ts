/**
 * Reads an async sequence in the background, at most `ahead` values before they are taken, so
 * that several sequences can make their requests at once while they are consumed in order.
 * A failure of the sequence is thrown by the `next` that would have returned its next value.
 */
export class ReadAhead<T> {
  private readonly values: T[] = [];
  private ended = false;
  private error: unknown = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly source: AsyncIterator<T>,
    private ahead: number,
    private readonly signal: AbortSignal,
  ) {
    void this.run();
  }

  /** Lets the sequence run further ahead from now on. */
  aheadAtMost(ahead: number): void {
    if (ahead <= this.ahead) return;
    this.ahead = ahead;
    this.notify();
  }

  /** Whether `next` would answer without waiting for the sequence. */
  get ready(): boolean {
    return this.values.length > 0 || this.ended;
  }

  /** The next value, or null when the sequence is done. */
  async next(): Promise<T | null> {
    while (this.values.length === 0 && !this.ended) await this.until();
    const value = this.values.shift();
    this.notify();
    if (value !== undefined) return value;
    if (this.error !== null) throw this.error;
    return null;
  }

  private async run(): Promise<void> {
    // An abort must also reach a producer that is waiting for room.
    const onAbort = () => this.notify();
    this.signal.addEventListener('abort', onAbort);
    try {
      for (;;) {
        while (this.values.length >= this.ahead && !this.signal.aborted) await this.until();
        this.signal.throwIfAborted();
        const next = await this.source.next();
        if (next.done) break;
        this.values.push(next.value);
        this.notify();
      }
    } catch (error) {
      this.error = error;
      // Stopped while the sequence waits at a value: let it finish (its own cleanup runs).
      await this.source.return?.().catch(() => undefined);
    } finally {
      this.signal.removeEventListener('abort', onAbort);
    }
    this.ended = true;
    this.notify();
  }

  /** One waiter at a time on each side: the producer waits for room, the consumer for a value. */
  private until(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
