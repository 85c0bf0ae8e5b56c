import type { AnchorVersions } from './anchors/anchor-presence';
import type { BenchOptions } from './bench-options';
import { ec2AllRegions } from './ec2-all-regions';
import { filterSpeed } from './filter-speed';
import { filterTyping } from './filter-typing';
import { hostileScenarios, hostileSoak } from './hostile-soak';
import { firstRow } from './first-row';
import { hostLag } from './host-lag';
import { listCsv } from './list-csv';
import { logsEventsCsv } from './logs-events-csv';
import type { Measure } from './measure';
import { partitioned } from './partitioned';
import { prefixPushdown } from './prefix-pushdown';
import { queryHeap } from './query-heap';
import { renderer1m } from './renderer-1m';
import { searchSpeed } from './search-speed';
import { sortAll } from './sort-all';
import { summarySpeed } from './summary-speed';
import { soakExport, soakExportParallel, soakList } from './soak';

export interface Step {
  /** The measures it reports, so a step that crashes still shows each of them, with the error. */
  measures: ReadonlyArray<readonly [name: string, unit: string]>;
  run(o: BenchOptions, versions: AnchorVersions): Promise<Measure[]>;
}

/** The default bench, in the order the issue lists its measures. */
export const benchSteps: Record<string, Step> = {
  'list-csv': {
    measures: [
      ['list-csv-vs-aws-cli', '×'],
      ['list-csv-vs-boto3', '×'],
      ['list-csv-vs-sdk-paginator', '×'],
    ],
    run: listCsv,
  },
  partitioned: { measures: [['partitioned-vs-sequential-100ms', '×']], run: partitioned },
  'ec2-all-regions': { measures: [['ec2-all-regions-vs-slowest', '×']], run: ec2AllRegions },
  'first-row': { measures: [['first-row-ms-100ms', 'ms']], run: firstRow },
  'renderer-1m': {
    measures: [
      ['renderer-1m-heap-mb', 'MB'],
      ['renderer-1m-dom-rows', 'rows'],
      ['renderer-scroll-p95-ms', 'ms'],
    ],
    run: renderer1m,
  },
  'filter-typing': { measures: [['filter-typing-1m-p95-ms', 'ms']], run: filterTyping },
  'host-lag': { measures: [['host-lag-p99-ms', 'ms']], run: hostLag },
  filter: { measures: [['filter-vs-community-jmespath', '×']], run: filterSpeed },
  'query-heap': { measures: [['query-whole-1m-heap-mb', 'MB']], run: queryHeap },
  summary: {
    measures: [
      ['summary-1m-vs-aws-cli-summarize', '×'],
      ['summary-1m-heap-mb', 'MB'],
    ],
    run: summarySpeed,
  },
  'logs-events': { measures: [['logs-events-1m-csv-vs-aws-cli', '×']], run: logsEventsCsv },
  'sort-all': { measures: [['sort-all-1m-s', 's']], run: sortAll },
  search: { measures: [['search-1m-100ms-vs-sequential', '×']], run: searchSpeed },
  'prefix-pushdown': { measures: [['prefix-pushdown-requests', 'requests']], run: prefixPushdown },
};

/** `--soak` only. */
const soakMeasures = (m: string) =>
  [
    [`soak-${m}-rows-lost`, 'rows'],
    [`soak-${m}-rows-duplicated`, 'rows'],
    [`soak-${m}-fault-time-cost`, '×'],
  ] as const;

export const soakSteps: Record<string, Step> = {
  'soak-list': { measures: soakMeasures('list'), run: soakList },
  'soak-export': { measures: soakMeasures('export'), run: soakExport },
  'soak-export-parallel': { measures: soakMeasures('export-parallel'), run: soakExportParallel },
  'soak-hostile': {
    measures: hostileScenarios.map((s) => [`hostile-${s.name}-stopped-after`, 's'] as const),
    run: hostileSoak,
  },
};
