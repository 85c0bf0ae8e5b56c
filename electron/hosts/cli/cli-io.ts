import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { escapeControls } from './terminal-text';

/** What a subcommand talks to; tests and main() give it the real process streams. */
export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  signal: AbortSignal;
  /** Input of `pagescope jp`; the process's stdin when not given. */
  stdin?: Readable;
}

/** Whether a person reads the stream on a terminal (Node sets isTTY on tty streams). */
export const isTerminal = (stream: Writable): boolean =>
  (stream as Writable & { isTTY?: boolean }).isTTY === true;

/** Write with backpressure: rows stream out no faster than the reader takes them. */
const write = async (stream: Writable, chunk: string | Uint8Array): Promise<void> => {
  if (chunk.length === 0) return;
  if (!stream.write(chunk)) await once(stream, 'drain');
};

/**
 * Write text (or its UTF-8) that may hold values from a server. On a terminal its control
 * characters are shown escaped, lines and tabs kept (terminal-text.ts); anywhere else it goes out
 * byte for byte.
 */
export const writeOut = (stream: Writable, chunk: string | Uint8Array): Promise<void> => {
  if (!isTerminal(stream)) return write(stream, chunk);
  const text = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
  return write(stream, escapeControls(text, '\n\t'));
};

/**
 * Write bytes byte for byte and wait until the stream is done with them (written to a file,
 * handed to the pipe), so that their memory may be used again. A failed write reaches the
 * stream's 'error' listeners as any write's does (main.ts: a closed pipe ends the listing).
 */
export const writeReleased = (stream: Writable, chunk: Uint8Array): Promise<void> =>
  new Promise((resolve) => {
    if (chunk.length === 0) resolve();
    else stream.write(chunk, () => resolve());
  });

/** Write PageScope's own terminal control sequences (the export's progress line) as they are. */
export const writeControl = write;
