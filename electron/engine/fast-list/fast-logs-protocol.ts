import { AwsJson1_1Protocol } from '@aws-sdk/core/protocols';
import { bodyBytes } from './body-bytes';
import { bodyDecoderOf } from './body-decoder';
import { bodyText } from './body-text';

type Deserialize = AwsJson1_1Protocol['deserializeResponse'];
type Context = Parameters<Deserialize>[1];
type Response = Parameters<Deserialize>[2];
type Fields = Readonly<Record<string, 'string' | 'number' | 'boolean'>>;

// FilterLogEvents' output members and their JSON types (FilteredLogEvent, SearchedLogStream).
const EVENT: Fields = {
  logStreamName: 'string',
  timestamp: 'number',
  message: 'string',
  ingestionTime: 'number',
  eventId: 'string',
};
const SEARCHED: Fields = { logStreamName: 'string', searchedCompletely: 'boolean' };

const isList = (value: unknown, fields: Fields): boolean => {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  for (const element of value as unknown[]) {
    if (typeof element !== 'object' || element === null) return false;
    for (const key in element) {
      if (typeof (element as Record<string, unknown>)[key] !== fields[key]) return false;
    }
  }
  return true;
};

/**
 * A FilterLogEvents body as the SDK would read it, or null when it holds anything the SDK would
 * read differently (a member it does not know, which it drops; a null; another type).
 */
const filterLogEvents = (text: string): Record<string, unknown> | null => {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { events, searchedLogStreams, nextToken, ...other } = body as Record<string, unknown>;
  if (Object.keys(other).length > 0) return null;
  if (nextToken !== undefined && typeof nextToken !== 'string') return null;
  if (!isList(events, EVENT) || !isList(searchedLogStreams, SEARCHED)) return null;
  return body as Record<string, unknown>;
};

/**
 * CloudWatch Logs' own protocol, with FilterLogEvents' successful responses read by JSON.parse:
 * its output holds only strings, numbers and booleans, which JSON.parse gives exactly as the SDK
 * does, and the SDK's schema walk over a page of ten thousand events is most of a listing's
 * client CPU. Anything else, and any body the check above refuses, is the SDK's. A command
 * given a body decoder (body-decoder.ts) has its body read there first.
 */
export class FastLogsProtocol extends AwsJson1_1Protocol {
  override async deserializeResponse<Output extends Awaited<ReturnType<Deserialize>>>(
    operationSchema: Parameters<Deserialize>[0],
    context: Context,
    response: Response,
  ): Promise<Output> {
    if (
      operationSchema.name !== 'FilterLogEvents' ||
      response.statusCode < 200 ||
      response.statusCode >= 300
    ) {
      return super.deserializeResponse<Output>(operationSchema, context, response);
    }
    const bytes = await bodyBytes(response.body, context);
    const decoded = await bodyDecoderOf(context)?.(bytes);
    if (decoded) return this.withMetadata(decoded, response);
    const output = filterLogEvents(bodyText(bytes));
    if (!output) {
      response.body = bytes;
      return super.deserializeResponse<Output>(operationSchema, context, response);
    }
    return this.withMetadata(output, response);
  }

  private withMetadata<Output>(output: Record<string, unknown>, response: Response): Output {
    output.$metadata = this.deserializeMetadata(response);
    return output as Output;
  }
}
