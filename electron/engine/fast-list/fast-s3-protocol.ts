import { S3RestXmlProtocol } from '@aws-sdk/middleware-sdk-s3';
import { bodyBytes } from './body-bytes';
import { bodyText } from './body-text';
import { parseListObjectsV2, parseListObjectVersions } from './list-objects-v2-parser';

type Deserialize = S3RestXmlProtocol['deserializeResponse'];
type Context = Parameters<Deserialize>[1];
type Response = Parameters<Deserialize>[2];

const parsers: Record<string, (xml: string) => Record<string, unknown> | null> = {
  ListObjectsV2: parseListObjectsV2,
  ListObjectVersions: parseListObjectVersions,
};

/** Counts of which path deserialized list responses, for tests and the benchmark. */
export const fastListStats = { fast: 0, fallback: 0 };

/**
 * S3's own protocol, with the list operations' successful responses read by a purpose-built
 * parser (the SDK's generic XML tokenizer and schema walk are most of a listing's client CPU).
 * Header members, $metadata, errors, retries, signing and endpoints stay the SDK's; a response
 * the parser does not handle goes to the SDK with the same bytes.
 */
export class FastS3Protocol extends S3RestXmlProtocol {
  override async deserializeResponse<Output extends Awaited<ReturnType<Deserialize>>>(
    operationSchema: Parameters<Deserialize>[0],
    context: Context,
    response: Response,
  ): Promise<Output> {
    const parse = parsers[operationSchema.name];
    if (!parse || response.statusCode < 200 || response.statusCode >= 300) {
      return super.deserializeResponse<Output>(operationSchema, context, response);
    }
    const bytes = await bodyBytes(response.body, context);
    const body = bytes.byteLength > 0 ? parse(bodyText(bytes)) : null;
    if (!body) {
      fastListStats.fallback += 1;
      response.body = bytes;
      return super.deserializeResponse<Output>(operationSchema, context, response);
    }
    fastListStats.fast += 1;
    const output: Record<string, unknown> = {};
    // Header-bound members (RequestCharged) in the SDK's own way; the body was consumed above.
    const schema = operationSchema.output;
    await this.deserializeHttpMessage(
      typeof schema === 'function' ? schema() : schema,
      context,
      response,
      output,
    );
    Object.assign(output, body);
    output.$metadata = this.deserializeMetadata(response);
    return output as Output;
  }
}
