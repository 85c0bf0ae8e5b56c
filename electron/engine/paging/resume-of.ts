import type { MergedListing } from './merged-listing';
import { encodeRegionsToken } from './regions-token';
import { encodeBotoToken } from './resume-token';

/** The NextToken to print when MaxItems ended a complete listing; null otherwise. */
export const resumeTokenOf = (listing: MergedListing, fanOut: boolean): string | null => {
  if (!listing.complete) return null;
  const stopped = listing.entries.filter((e) => e.listing?.stoppedAt);
  if (stopped.length === 0) return null;
  if (!fanOut) return encodeBotoToken(stopped[0]!.listing!.stoppedAt!);
  const regions: Record<string, string | null> = {};
  for (const e of listing.entries) {
    const at = e.listing?.stoppedAt;
    regions[e.region ?? ''] = at ? encodeBotoToken(at) : null;
  }
  return encodeRegionsToken(regions);
};
