import { Buffer, isAscii } from 'node:buffer';

/**
 * A response body's text, exactly as the SDK's UTF-8 decoding gives it. A body of plain ASCII
 * (list pages nearly always are) is copied as Latin-1, which is the same text and needs no
 * decoding: on a megabyte page about half the CPU of Node's UTF-8 decoder, which is a tenth of a
 * fast listing's client CPU. Anything else is decoded as UTF-8.
 */
export const bodyText = (bytes: Uint8Array): string => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isAscii(buffer) ? buffer.toString('latin1') : buffer.toString('utf8');
};
