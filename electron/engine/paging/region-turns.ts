/**
 * When each region of an all-regions listing may count its items against MaxItems: in region
 * order. A region may fetch its next page while earlier ones are read, but counts it only once
 * every region before it has stopped counting (it ended, MaxItems stopped it, or it failed). The
 * same MaxItems therefore cuts the same rows on every run, however fast each region answers.
 */
export interface RegionTurn {
  /** Resolves once every earlier region has stopped counting. */
  readonly ready: Promise<void>;
  /** Whether `ready` has resolved (read synchronously before a request). */
  readonly reached: boolean;
  /** This region counts no more; idempotent. */
  end(): void;
}

/** One turn per region, in the order given. */
export const regionTurns = (count: number): RegionTurn[] => {
  const turns: RegionTurn[] = [];
  let before: Promise<void> = Promise.resolve();
  for (let i = 0; i < count; i += 1) {
    let end = () => {};
    const ended = new Promise<void>((resolve) => (end = resolve));
    const turn = { ready: before, reached: i === 0, end };
    void before.then(() => (turn.reached = true));
    turns.push(turn);
    before = Promise.all([before, ended]).then(() => undefined);
  }
  return turns;
};
