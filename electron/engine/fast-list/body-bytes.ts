import { Buffer } from 'node:buffer';
import { Readable } from 'node:stream';

/** What the protocols' deserializeResponse gets: the SDK's collector is the fallback. */
interface BodyContext {
  streamCollector(stream: unknown): Promise<Uint8Array>;
}

/**
 * A response body's bytes. A Node stream (the SDK's Node HTTP handler gives one) is read here:
 * the SDK's collector pipes it through a Writable and copies its chunks into a zero-filled array,
 * which on a listing's multi-megabyte pages cost more than reading the chunks and copying them
 * once into uninitialised memory. Any other body goes to the SDK's collector.
 */
export const bodyBytes = async (body: unknown, context: BodyContext): Promise<Uint8Array> => {
  if (body instanceof Uint8Array) return body;
  if (!(body instanceof Readable)) return context.streamCollector(body);
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    length += bytes.byteLength;
  }
  return Buffer.concat(chunks, length);
};
