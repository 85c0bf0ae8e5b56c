import { Transform, type TransformCallback } from 'node:stream';
import { MAX_XML_DEPTH, ResponseBoundError } from './response-bound-error';
import type { ResponseLimits } from './response-limits';
import { XmlDepthMeter } from './xml-depth';

/**
 * A response body passed through unchanged while it stays within the byte cap and the XML depth
 * limit; past either it fails with ResponseBoundError, and the source is destroyed with it.
 * `onBytes` hears of each chunk (the idle timer).
 */
export const boundedBody = (limits: ResponseLimits, onBytes: () => void): Transform => {
  let seen = 0;
  const depth = new XmlDepthMeter();
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      onBytes();
      seen += chunk.length;
      if (seen > limits.maxBytes) return done(new ResponseBoundError('too-large', limits));
      depth.feed(chunk);
      if (depth.deepest > MAX_XML_DEPTH) return done(new ResponseBoundError('too-deep', limits));
      done(null, chunk);
    },
  });
};
