import { Transform, type TransformCallback } from 'node:stream';
import { MAX_XML_DEPTH, ResponseBoundError } from './response-bound-error';
import type { ResponseLimits } from './response-limits';
import { XmlDepthMeter } from './xml-depth';

/**
 * A response body passed through unchanged while it stays within the byte cap and (an XML body)
 * the XML depth limit; past either it fails with ResponseBoundError, and the source is destroyed
 * with it. `onBytes` hears of each chunk (the idle timer). A JSON body is not metered for XML:
 * its `<` are text, and reading every byte for them costs a JSON listing a sixth of its CPU.
 */
export const boundedBody = (limits: ResponseLimits, onBytes: () => void, xml = true): Transform => {
  let seen = 0;
  const depth = xml ? new XmlDepthMeter() : null;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      onBytes();
      seen += chunk.length;
      if (seen > limits.maxBytes) return done(new ResponseBoundError('too-large', limits));
      depth?.feed(chunk);
      if (depth && depth.deepest > MAX_XML_DEPTH)
        return done(new ResponseBoundError('too-deep', limits));
      done(null, chunk);
    },
  });
};
