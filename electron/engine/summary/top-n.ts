/**
 * The N first values in an order, kept in a binary heap whose root is the worst of those kept:
 * each offer costs O(log N) and memory stays N, whatever the number of values offered. Values
 * that compare equal keep the order they were offered in (the listing's order).
 */
export class TopN<T> {
  readonly #heap: Array<{ value: T; seq: number }> = [];
  #seq = 0;

  /** `before(a, b) < 0` when a comes before b in the wanted order. */
  constructor(
    private readonly n: number,
    private readonly before: (a: T, b: T) => number,
  ) {}

  offer(value: T): void {
    const entry = { value, seq: this.#seq++ };
    if (this.n <= 0) return;
    if (this.#heap.length < this.n) {
      this.#heap.push(entry);
      this.#up(this.#heap.length - 1);
    } else if (this.#ranks(entry, this.#heap[0]!) < 0) {
      this.#heap[0] = entry;
      this.#down(0);
    }
  }

  /** The kept values, first first. */
  values(): T[] {
    return [...this.#heap].sort((a, b) => this.#ranks(a, b)).map((e) => e.value);
  }

  #ranks(a: { value: T; seq: number }, b: { value: T; seq: number }): number {
    return this.before(a.value, b.value) || a.seq - b.seq;
  }

  /** Whether a belongs nearer the root than b: the root is the last of the kept ones. */
  #above(i: number, j: number): boolean {
    return this.#ranks(this.#heap[i]!, this.#heap[j]!) > 0;
  }

  #swap(i: number, j: number): void {
    const h = this.#heap;
    [h[i], h[j]] = [h[j]!, h[i]!];
  }

  #up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#above(i, parent)) return;
      this.#swap(i, parent);
      i = parent;
    }
  }

  #down(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let top = i;
      if (left < this.#heap.length && this.#above(left, top)) top = left;
      if (right < this.#heap.length && this.#above(right, top)) top = right;
      if (top === i) return;
      this.#swap(i, top);
      i = top;
    }
  }
}
