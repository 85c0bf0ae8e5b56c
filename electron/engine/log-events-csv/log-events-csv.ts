import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { ALL_REGIONS, type ViewSpec } from '../../../shared/contract';
import type { ProfileOverrides } from '../aws/resolve-profile';
import { loadSdk } from '../aws/service-sdks';
import { decodeBodyWith, type BodyDecoder } from '../fast-list/body-decoder';
import type { RetryPolicy } from '../paging/backoff';
import { checkParams } from '../paging/open-view';
import { createPageSource, type PageSource } from '../paging/page-source';
import { sourceOptionsFor } from '../paging/source-options';
import { eventTimeSpan } from '../paging/time-sliced/event-time-span';
import {
  SLICE_AHEAD,
  SLICES_AT_ONCE,
  SLICES_PER_WINDOW,
  timeRangeOf,
} from '../paging/time-sliced/log-events-source';
import { readTimeSlices } from '../paging/time-sliced/read-time-slices';
import { slicePages } from '../paging/time-sliced/slice-events';
import { logsEvents } from '../resources/logs-events';
import type { ResourceDescriptor } from '../resources/resource';
import { filterLogEventsCsv } from './filter-log-events-csv';
import { createPageCsv, type PageCsv } from './page-csv';
import { RecordMemory } from './record-memory';

export interface LogEventsCsvOptions {
  signal: AbortSignal;
  /** The CLI's --endpoint-url and --region. */
  overrides?: ProfileOverrides;
  retry?: RetryPolicy;
  /** Time slices read at once at most (capped at SLICES_AT_ONCE). */
  parallel: number;
  /** Text cells a spreadsheet would run get a leading quote (the CLI's --no-formula-guard). */
  formulaGuard: boolean;
}

/** Where a page written by filter-log-events-csv.ts carries its records, beside its nextToken. */
const RECORDS = 'pagescopeCsvRecords';

/**
 * Whether a view is written by logEventsCsv: a whole listing of log events in one region, with
 * logs-events' own columns, without a JMESPath filter, over a time range given in
 * milliseconds. Anything else (MaxItems, a starting token, a filter, added columns, all
 * regions) goes through the engine's rows.
 */
export const isWholeLogEventsListing = (spec: ViewSpec): boolean =>
  spec.resource === 'logs-events' &&
  spec.region !== ALL_REGIONS &&
  !spec.filter?.expression.trim() &&
  spec.columns.length === 0 &&
  spec.maxItems === undefined &&
  spec.startingToken === undefined &&
  timeRangeOf(spec.params) !== null;

// Pages read straight into CSV records; a body given up goes back to the protocol.
const csvDecoder =
  (formulaGuard: boolean, memory: RecordMemory): BodyDecoder =>
  async (bytes) => {
    const page = filterLogEventsCsv(bytes, formulaGuard, memory.take);
    if (!page) return null;
    const output: Record<string, unknown> = { [RECORDS]: page.records };
    if (page.nextToken !== null) output.nextToken = page.nextToken;
    return output;
  };

// FilterLogEvents as the resource sends it, with the response body read by `decoder`.
const sendDecodedBy =
  (decoder: BodyDecoder): ResourceDescriptor<CloudWatchLogsClient>['send'] =>
  async (client, input, signal) => {
    const { FilterLogEventsCommand } = await loadSdk('logs');
    const command = new FilterLogEventsCommand(input as never);
    decodeBodyWith(command.middlewareStack as never, decoder);
    return client.send(command, { abortSignal: signal });
  };

/** One slice's CSV records, page after page: as read from the body, or from the SDK's events. */
async function* sliceRecords(
  source: PageSource,
  csv: PageCsv,
  signal: AbortSignal,
): AsyncGenerator<Uint8Array> {
  for await (const page of slicePages(source, signal)) {
    const read = page[RECORDS];
    const records = read instanceof Uint8Array ? read : csv.records(page);
    if (records.length > 0) yield records;
  }
}

/**
 * A whole log events listing as CSV, header first: the same bytes as the CLI's rows written
 * batch by batch, with the listing's time slices read as the engine's time-sliced listing reads
 * them (paging/time-sliced/) and each page's body written straight as CSV records
 * (filter-log-events-csv.ts). Every request goes through the engine's page source (retries,
 * error mapping); a failure ends the listing with that error.
 *
 * Each chunk is the caller's until it asks for the next one, which may be written in the same
 * memory: write it (and wait until the stream is done with it) before asking.
 */
export async function* logEventsCsv(
  spec: ViewSpec,
  o: LogEventsCsvOptions,
): AsyncGenerator<Uint8Array> {
  checkParams(logsEvents, spec);
  const range = timeRangeOf(spec.params);
  if (!isWholeLogEventsListing(spec) || range === null) {
    throw new Error('logEventsCsv lists only a whole log events view with its own columns');
  }
  const csv = createPageCsv(o.formulaGuard);
  const sources = await sourceOptionsFor({
    spec,
    resource: logsEvents as ResourceDescriptor,
    region: spec.region,
    pushed: { params: spec.params, input: {} },
    pageSize: spec.pageSize ?? logsEvents.defaultPageSize,
    ...(o.overrides ? { overrides: o.overrides } : {}),
    ...(o.retry ? { retry: o.retry } : {}),
  });
  const memory = new RecordMemory();
  const resource = {
    ...logsEvents,
    send: sendDecodedBy(csvDecoder(o.formulaGuard, memory)),
  } as ResourceDescriptor;
  const concurrency = Math.max(1, Math.min(o.parallel, SLICES_AT_ONCE));
  const pages = readTimeSlices({
    read: (slice, _first, signal) =>
      sliceRecords(
        createPageSource({
          ...sources,
          resource,
          extraInput: { startTime: slice.from, endTime: slice.to },
        }),
        csv,
        signal,
      ),
    span: (signal) => eventTimeSpan(sources.client as CloudWatchLogsClient, spec.params, signal),
    range,
    slices: concurrency * SLICES_PER_WINDOW,
    concurrency,
    ahead: SLICE_AHEAD,
    signal: o.signal,
  });
  // The header comes with the first records (or the end): a listing that fails at its first
  // request writes nothing, as the rows' writer does.
  let started = false;
  for await (const records of pages) {
    if (!started) yield csv.header();
    started = true;
    yield records;
    // Asked for the next chunk: this one is written.
    memory.give(records);
  }
  if (!started) yield csv.header();
}
