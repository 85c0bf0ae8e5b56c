import { parseArgs, type ParseArgsConfig } from 'node:util';
import { paramFlag, VIEW_PARAM_NAMES, type ViewParams } from '../../../shared/contract';
import { UsageError } from './usage-error';

/** --bucket, --log-group-name ...: every view parameter, as the AWS CLI names the input. */
const paramOptions = Object.fromEntries(
  VIEW_PARAM_NAMES.map((name) => [paramFlag(name).slice(2), { type: 'string' as const }]),
) as Record<string, { type: 'string' }>;

/** Options every subcommand that lists a view accepts (list, export). */
export const viewOptions = {
  profile: { type: 'string' },
  region: { type: 'string' },
  'all-regions': { type: 'boolean' },
  'endpoint-url': { type: 'string' },
  ...paramOptions,
  filter: { type: 'string' },
  query: { type: 'string' },
  column: { type: 'string', multiple: true },
  'page-size': { type: 'string' },
  'max-items': { type: 'string' },
  'starting-token': { type: 'string' },
  parallel: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export interface ViewArgs {
  resource: string;
  profile: string | undefined;
  region: string | undefined;
  allRegions: boolean;
  endpointUrl: string | undefined;
  /** --bucket, --prefix, --log-group-name ...: the view's parameters as given. */
  params: ViewParams;
  filter: { expression: string; mode: 'item' | 'page' } | null;
  /** Added columns, as the app's Columns → Add column… takes them (a path or tag:KEY). */
  columns: string[];
  pageSize: number | undefined;
  maxItems: number | undefined;
  startingToken: string | undefined;
  /** Key ranges listed at once for a flat s3-objects listing (paging/partitioned). */
  parallel: number | undefined;
}

export const positiveInt = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(
      `--${name} must be a positive whole number, not ${JSON.stringify(value)}.`,
    );
  }
  return Number(value);
};

const MAX_PARALLEL = 64;
/**
 * Key ranges a flat s3-objects listing takes (and the most time slices log events take) when
 * --parallel is not given and nothing stops it early: a whole listing (or export) prints no
 * NextToken, so its rows come from the ordered parallel listing (same rows, same order). `list --max-items` stays sequential, so the NextToken
 * it prints is one the AWS CLI and boto3 can resume from too. (`--query`, which sees raw pages,
 * is always sequential: paging/open-view.ts.)
 */
export const DEFAULT_PARALLEL = 16;

/**
 * The listRows option for a listing: --parallel as given, else DEFAULT_PARALLEL for a whole
 * listing, else none (the sequential listing and its AWS-compatible tokens).
 */
export const partitionsOf = (
  args: Pick<ViewArgs, 'parallel' | 'maxItems'>,
): { parallel?: number } => {
  if (args.parallel !== undefined) return { parallel: args.parallel };
  return args.maxItems === undefined ? { parallel: DEFAULT_PARALLEL } : {};
};

const parallelOf = (value: string | undefined): number | undefined => {
  const n = positiveInt('parallel', value);
  if (n !== undefined && n > MAX_PARALLEL) {
    throw new UsageError(`--parallel must be at most ${MAX_PARALLEL}, not ${n}.`);
  }
  return n;
};

/** Parse argv (after the subcommand) with the view options plus the command's own. */
export const parseViewArgs = <E extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  extra: E,
) => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...viewOptions, ...extra },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const str = (name: string) => v[name] as string | undefined;
  if (v.help) return { help: true as const, values: v, view: null };
  const [resource, ...rest] = parsed.positionals;
  if (!resource)
    throw new UsageError('Which resource? For example: pagescope list s3-objects --bucket B');
  if (rest.length > 0) throw new UsageError(`Unexpected argument ${JSON.stringify(rest[0])}.`);
  if (str('filter') !== undefined && str('query') !== undefined) {
    throw new UsageError('Use --filter (item mode) or --query (page mode), not both.');
  }
  if (v.column !== undefined && str('query') !== undefined) {
    throw new UsageError(
      '--column adds to the rows of --filter; --query prints as the AWS CLI does.',
    );
  }
  if (v['all-regions'] && str('region') !== undefined) {
    throw new UsageError('Use --region or --all-regions, not both.');
  }
  const filter = str('filter') ?? str('query');
  const view: ViewArgs = {
    resource,
    profile: str('profile'),
    region: str('region'),
    allRegions: v['all-regions'] === true,
    endpointUrl: str('endpoint-url'),
    params: Object.fromEntries(
      VIEW_PARAM_NAMES.flatMap((name) => {
        const value = str(paramFlag(name).slice(2));
        return value === undefined ? [] : [[name, value]];
      }),
    ),
    filter:
      filter === undefined
        ? null
        : { expression: filter, mode: str('query') !== undefined ? 'page' : 'item' },
    columns: (v.column as string[] | undefined) ?? [],
    pageSize: positiveInt('page-size', str('page-size')),
    maxItems: positiveInt('max-items', str('max-items')),
    startingToken: str('starting-token'),
    parallel: parallelOf(str('parallel')),
  };
  return { help: false as const, values: v, view };
};
