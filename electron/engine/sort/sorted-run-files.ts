import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import type { Row } from '../../../shared/contract';

/** A row with its position in the listing, which breaks ties as the grid breaks them. */
export type Numbered = { seq: number; row: Row };

/**
 * Sorted runs on disk, one JSON line per row, in a private directory (mkdtemp makes it 0700)
 * that `dispose` removes with every run in it.
 */
export const createRunFiles = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pagescope-sort-'));
  const paths: string[] = [];
  return {
    get count() {
      return paths.length;
    },

    async write(run: readonly Numbered[]): Promise<void> {
      const path = join(dir, `run-${paths.length}.jsonl`);
      paths.push(path);
      const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
      for (const { seq, row } of run) {
        if (!out.write(`${JSON.stringify([seq, ...row])}\n`)) {
          await new Promise<void>((resolve) => out.once('drain', resolve));
        }
      }
      out.end();
      await finished(out);
    },

    /** Each run's rows in order, read line by line. */
    readers(): AsyncIterator<Numbered>[] {
      return paths.map((path) => {
        const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
        const it = lines[Symbol.asyncIterator]();
        return {
          async next(): Promise<IteratorResult<Numbered>> {
            const line = await it.next();
            if (line.done) return { done: true, value: undefined };
            const [seq, ...row] = JSON.parse(line.value) as [number, ...Row];
            return { done: false, value: { seq, row } };
          },
          async return(): Promise<IteratorResult<Numbered>> {
            lines.close();
            return { done: true, value: undefined };
          },
        };
      });
    },

    dispose: () => rm(dir, { recursive: true, force: true }),
  };
};
