import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/** What a subcommand talks to; tests and main() give it the real process streams. */
export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  signal: AbortSignal;
  /** Input of `pagescope jp`; the process's stdin when not given. */
  stdin?: Readable;
}

/** Write with backpressure: rows stream out no faster than the reader takes them. */
export const writeOut = async (stream: Writable, text: string): Promise<void> => {
  if (text.length === 0) return;
  if (!stream.write(text)) await once(stream, 'drain');
};
