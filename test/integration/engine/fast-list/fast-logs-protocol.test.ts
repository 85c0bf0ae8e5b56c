import {
  CloudWatchLogsClient,
  FilterLogEventsCommand,
  type FilterLogEventsCommandOutput,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FastLogsProtocol } from '../../../../electron/engine/fast-list/fast-logs-protocol';
import { startFixtureServer } from './list-fixture-server';

// FilterLogEvents read by JSON.parse must equal the SDK's own reading of the same bytes, and
// whatever the SDK would read differently must go to the SDK.
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const json = { 'content-type': 'application/x-amz-json-1.1' };

describe('FastLogsProtocol', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let sdk: CloudWatchLogsClient;
  let fast: CloudWatchLogsClient;
  beforeAll(async () => {
    server = await startFixtureServer();
    const config = { endpoint: server.url, region: 'us-east-1', credentials, maxAttempts: 1 };
    sdk = new CloudWatchLogsClient(config);
    fast = new CloudWatchLogsClient({ ...config, protocol: FastLogsProtocol });
  });
  afterAll(async () => {
    sdk.destroy();
    fast.destroy();
    await server.stop();
  });

  const read = async (client: CloudWatchLogsClient) => {
    try {
      const { $metadata, ...rest } = await client.send(
        new FilterLogEventsCommand({ logGroupName: 'g' }),
      );
      return {
        ok: rest as Omit<FilterLogEventsCommandOutput, '$metadata'>,
        status: $metadata.httpStatusCode,
      };
    } catch (error) {
      return { error: (error as Error).name };
    }
  };
  const both = async (body: string, status = 200) => {
    server.serve({ status, body, headers: json });
    return { sdk: await read(sdk), fast: await read(fast) };
  };

  it.each([
    [
      'a page of events',
      JSON.stringify({
        events: [
          {
            logStreamName: 's',
            timestamp: 1,
            message: 'é "q" <x>',
            ingestionTime: 2,
            eventId: '1',
          },
          { logStreamName: 's', timestamp: 3, message: '', ingestionTime: 4, eventId: '2' },
        ],
        searchedLogStreams: [{ logStreamName: 's', searchedCompletely: true }],
        nextToken: 'n',
      }),
    ],
    ['no events', '{"events":[],"searchedLogStreams":[]}'],
    ['a member the SDK does not know', '{"events":[{"message":"m","extra":1}],"more":true}'],
    ['a null', '{"events":[{"message":null}],"nextToken":null}'],
    ['a number as text', '{"events":[{"timestamp":"12"}]}'],
    ['not JSON', '{"events":['],
    ['an error', '{"__type":"ResourceNotFoundException","message":"no group"}'],
  ])('reads %s as the SDK does', async (_what, body) => {
    const status = body.includes('__type') ? 400 : 200;
    const { sdk: theirs, fast: ours } = await both(body, status);
    expect(ours).toEqual(theirs);
  });
});
