import {
  ApiFailure,
  ALL_REGIONS,
  type JsonValue,
  type ParsedInput,
} from '../../../../shared/contract';
import { clientFor } from '../../../engine/aws/clients';
import { listRegions } from '../../../engine/aws/regions';
import { nextTokens } from '../../../engine/paging/page-model';
import { createPageSource } from '../../../engine/paging/page-source';
import type { TokenValues } from '../../../engine/paging/resume-token';
import { getResource } from '../../../engine/resources/registry';
import type { Item, ResourceDescriptor } from '../../../engine/resources/resource';
import type { HandlerContext } from '../../handler-context';

const MAX_PAGES = 20;

const findIn = async (
  resource: ResourceDescriptor,
  input: ParsedInput<'view.item'>,
  region: string | null,
  signal: AbortSignal,
): Promise<Item | null> => {
  const {
    client,
    profile,
    region: resolved,
  } = await clientFor(input.spec.profile, region, resource.service);
  const keyColumn = resource.columns.find((c) => c.id === resource.info.keyColumn)!;
  const source = createPageSource({
    resource,
    client,
    params: input.spec.params,
    // A narrow lookup (by id) must not carry a page size: EC2 answers InvalidParameterCombination.
    pageSize: resource.defaultPageSize,
    omitPageSize: resource.lookupInput !== undefined,
    extraInput: resource.lookupInput?.(input.key) ?? {},
    errors: {
      profile: profile.name,
      kind: profile.kind,
      operation: resource.operation,
      iamAction: resource.info.iamAction,
      target: resource.target(input.spec.params),
      region: resolved,
    },
  });
  let tokens: TokenValues | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const raw = await source(tokens, signal);
    const found = resource.items(raw).find((item) => keyColumn.get(item) === input.key);
    if (found) return region ? { ...found, Region: region } : found;
    tokens = nextTokens(raw, resource);
    if (!tokens) return null;
  }
  return null;
};

/** view.item: the full JSON of the item with this key (looked up narrowly where the API can). */
export const viewItem = async (
  input: ParsedInput<'view.item'>,
  context: HandlerContext,
): Promise<{ item: JsonValue }> => {
  const resource = getResource(input.spec.resource);
  const fanOut = resource.info.regional && input.spec.region === ALL_REGIONS;
  const regions = fanOut
    ? (await listRegions(input.spec.profile, context.signal)).regions
        .filter((r) => r.enabled)
        .map((r) => r.name)
    : [input.spec.region === ALL_REGIONS ? null : input.spec.region];
  for (const region of regions) {
    try {
      const item = await findIn(resource, input, region, context.signal);
      if (item) return { item: JSON.parse(JSON.stringify(item)) as JsonValue };
    } catch (error) {
      // In an all-regions view the item lives in one region; the others answer "not found".
      if (!fanOut) throw error;
    }
  }
  throw ApiFailure.of('NOT_FOUND', `No ${resource.info.title.toLowerCase()} item ${input.key}.`);
};
