import {
  ALL_REGIONS,
  paramFlag,
  VIEW_PARAM_NAMES,
  type ProfileInfo,
  type PushedDown,
  type ResourceInfo,
  type ViewSpecInput,
} from '../../../shared/contract';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../shared/demo-credentials';
import { shellJoin } from './shell-quote';

// AWS's documented example key pair, which the built-in demo endpoint accepts (README).
const DEMO_ENV = `AWS_ACCESS_KEY_ID=${DEMO_ACCESS_KEY_ID} AWS_SECRET_ACCESS_KEY=${DEMO_SECRET_ACCESS_KEY}`;

// Where the region list is asked for when the profile names no region of its own.
const REGIONS_ENDPOINT_REGION = 'us-east-1';

/** The item-mode filter as an AWS CLI --query over the raw page. */
export const awsQuery = (spec: ViewSpecInput, items: string): string | null => {
  const filter = spec.filter;
  if (!filter || filter.expression.trim() === '') return null;
  if (filter.mode === 'page') return filter.expression;
  const expression = filter.expression.trim();
  return expression.startsWith('[') ? `${items} | ${expression}` : `${items} | [?${expression}]`;
};

/** The view's parameters as the AWS CLI's options, which spell some their own way. */
const awsParamWords = (
  spec: ViewSpecInput,
  resource: ResourceInfo,
  pushed: PushedDown | null,
): string[] =>
  resource.params.flatMap((param) => {
    const value =
      param.name === 'prefix' ? (pushed?.prefix ?? spec.params?.prefix) : spec.params?.[param.name];
    return value ? [param.awsFlag ?? paramFlag(param.name), value] : [];
  });

/** The view's parameters as pagescope's options, which are named after them. */
const pagescopeParamWords = (spec: ViewSpecInput): string[] =>
  VIEW_PARAM_NAMES.flatMap((name) => {
    const value = spec.params?.[name];
    return value ? [paramFlag(name), value] : [];
  });

/** The service's own filters as the AWS CLI's --filters (JSON: any value is written exactly). */
const filterWords = (pushed: PushedDown | null): string[] =>
  pushed && pushed.filters.length > 0
    ? ['--filters', JSON.stringify(pushed.filters.map((f) => ({ Name: f.name, Values: f.values })))]
    : [];

const pagingWords = (spec: ViewSpecInput): string[] => {
  const words: string[] = [];
  if (spec.pageSize) words.push('--page-size', String(spec.pageSize));
  if (spec.maxItems) words.push('--max-items', String(spec.maxItems));
  if (spec.startingToken) words.push('--starting-token', spec.startingToken);
  return words;
};

const profileWords = (profile: ProfileInfo | undefined): string[] => {
  if (!profile || profile.kind === 'environment' || profile.kind === 'demo') return [];
  return ['--profile', profile.name];
};

/**
 * The equivalent `aws ...` command; all regions becomes a loop over the region listing. What the
 * engine pushes down to the service (a prefix, EC2 filters) is in it too, so it reads as few
 * pages as the app; its --query still selects exactly the same items.
 */
export const awsCommand = (
  spec: ViewSpecInput,
  catalog: {
    resource: ResourceInfo;
    /** The catalog's region listing (EC2's DescribeRegions), for an all-regions loop. */
    regions: ResourceInfo | undefined;
  },
  profile: ProfileInfo | undefined,
  pushed: PushedDown | null = null,
): string | null => {
  const { resource, regions: regionList } = catalog;
  const auth = [
    ...profileWords(profile),
    ...(profile?.endpointUrl ? ['--endpoint-url', profile.endpointUrl] : []),
  ];
  const query = awsQuery(spec, resource.itemsPath);
  const rest = [
    ...(resource.cliArgs ?? []),
    ...awsParamWords(spec, resource, pushed),
    ...filterWords(pushed),
    ...(query ? ['--query', query] : []),
    ...pagingWords(spec),
    ...auth,
  ];
  const env = profile?.kind === 'demo' ? `${DEMO_ENV} ` : '';
  if (spec.region !== ALL_REGIONS) {
    return env + shellJoin(['aws', ...resource.cli, '--region', spec.region, ...rest]);
  }
  if (!regionList) return null;
  // The region listing itself needs a region to call; a failure stops before the loop (&&)
  // rather than looping over nothing and exiting 0.
  const regions = shellJoin([
    'aws',
    ...regionList.cli,
    '--region',
    profile?.region ?? REGIONS_ENDPOINT_REGION,
    '--query',
    `${regionList.itemsPath}[].${regionList.keyColumn}`,
    '--output',
    'text',
    ...auth,
  ]);
  const list = `${env}${shellJoin(['aws', ...resource.cli])} --region "$region" ${shellJoin(rest)}`;
  return `regions=$(${env}${regions}) && for region in $regions; do ${list.trimEnd()}; done`;
};

/** The equivalent `pagescope list ...` command. */
export const pagescopeCommand = (spec: ViewSpecInput): string => {
  const words = ['pagescope', 'list', spec.resource, '--profile', spec.profile];
  words.push(...(spec.region === ALL_REGIONS ? ['--all-regions'] : ['--region', spec.region]));
  words.push(...pagescopeParamWords(spec));
  if (spec.filter && spec.filter.expression.trim() !== '') {
    words.push(spec.filter.mode === 'page' ? '--query' : '--filter', spec.filter.expression);
  }
  // --query prints the AWS CLI's output, which has no rows to add columns to.
  if (spec.filter?.mode !== 'page') {
    for (const column of spec.columns ?? []) words.push('--column', column.expression);
  }
  words.push(...pagingWords(spec));
  return shellJoin(words);
};
