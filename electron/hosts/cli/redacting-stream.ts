import { Writable } from 'node:stream';
import { redactSecrets } from '../../engine/log/redact';

/**
 * stderr as the CLI's commands see it: every message passes the one redactor on its way out,
 * whichever command wrote it. Each write is one whole message, so a secret is never split across
 * two chunks. stdout carries rows, byte-exact, and is not wrapped.
 */
export const redactingStream = (target: Writable): Writable => {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, callback) {
      if (target.write(redactSecrets(String(chunk)))) callback();
      else target.once('drain', () => callback());
    },
  });
  // The progress line and the MFA prompt ask whether stderr is a terminal: it is what is behind.
  const terminal = target as { isTTY?: boolean; columns?: number };
  Object.defineProperties(stream, {
    isTTY: { get: () => terminal.isTTY },
    columns: { get: () => terminal.columns },
  });
  return stream;
};
