import { ALL_REGIONS, type ViewSpec } from '../../../shared/contract';
import type { ResourceDescriptor } from '../resources/resource';
import type { EntryState } from './merged-listing';
import { FIRST_PAGE } from './page-model';
import { decodeRegionsToken } from './regions-token';
import type { BotoToken } from './resume-token';
import { parseStartingToken } from './starting-token';
import type { ViewCursor } from './view-cursor';

const fromBoto = (token: BotoToken): EntryState => ({
  pos: { at: { tokens: token.tokens, trunc: token.truncateAmount }, skip: 0, taken: 0 },
  taken: 0,
});

const fresh: EntryState = { pos: { at: FIRST_PAGE, skip: 0, taken: 0 }, taken: 0 };

/**
 * Where each region starts: the cursor's positions, else the starting token's (read as botocore
 * reads it for one region, the all-regions format for a fan-out), else the first page.
 */
export const startPositions = (
  resource: ResourceDescriptor,
  spec: ViewSpec,
  cursor: ViewCursor | null,
  regions: string[],
): Record<string, EntryState> => {
  if (cursor) return cursor.s;
  const out: Record<string, EntryState> = {};
  if (!spec.startingToken) {
    for (const region of regions) out[region] = fresh;
    return out;
  }
  if (resource.info.regional && spec.region === ALL_REGIONS) {
    const tokens = decodeRegionsToken(spec.startingToken, resource.inputTokens);
    for (const region of regions) {
      const token = tokens[region];
      out[region] =
        token === undefined ? fresh : token === null ? { pos: null, taken: 0 } : fromBoto(token);
    }
    return out;
  }
  out[regions[0]!] = fromBoto(parseStartingToken(spec.startingToken, resource.inputTokens));
  return out;
};
