import { describe, expect, it } from 'vitest';
import type { CliRun } from './run-cli';
import { json, nextToken, type CliVsAws } from './cli-vs-aws';

/** The same listing in both tools: PageScope's arguments, then the AWS CLI's. */
export interface ListingCase {
  name: string;
  ours: string[];
  theirs: string[];
  query: string;
  pageSize: number;
  maxItems: number;
}

const caseArgs = ({ query, pageSize }: ListingCase) => ({
  q: ['--query', query, '--output', 'json'],
  size: ['--page-size', String(pageSize)],
  head: ['--query', `{Items: ${query}, Next: NextToken}`, '--output', 'json'],
});

/**
 * A test for each case: every page listed as the AWS CLI lists it, and a --max-items NextToken
 * of each tool resumed by the other. PageScope's first run is made before the batch, so that
 * the AWS CLI can be planned to resume its token.
 */
export const listingCases = (
  { list, beforeBatch, plan, theirs }: CliVsAws,
  cases: ListingCase[],
) => {
  const firsts = new Map<string, CliRun>();
  beforeBatch(async () => {
    for (const c of cases) {
      const { q, size, head } = caseArgs(c);
      const first = await list([...c.ours, ...size, '--max-items', String(c.maxItems), ...q]);
      firsts.set(c.name, first);
      const token = nextToken(first) ?? 'none';
      plan(`${c.name} all`, [...c.theirs, ...size, ...q]);
      plan(`${c.name} first`, [...c.theirs, ...size, '--max-items', String(c.maxItems), ...head]);
      plan(`${c.name} rest`, [...c.theirs, ...size, '--starting-token', token, ...q]);
    }
  });

  describe.each(cases)('$name', (c) => {
    const { ours, maxItems, pageSize } = c;
    const { q, size } = caseArgs(c);

    it('lists every item as the AWS CLI does, page after page, and resumes the other’s token', async () => {
      const mine = await list([...ours, ...size, ...q]);
      const first = firsts.get(c.name)!;
      const ourToken = nextToken(first)!;
      expect(ourToken).not.toBeNull();
      const [all, theirsFirst, theirsRest] = ['all', 'first', 'rest'].map((k) =>
        theirs(`${c.name} ${k}`),
      );
      const listed = json(mine) as unknown[];
      expect(listed.length).toBeGreaterThan(pageSize);
      expect(listed).toEqual(json(all!));
      const theirHead = json(theirsFirst!) as { Items: unknown[]; Next: string };
      expect(json(first)).toEqual(theirHead.Items);
      expect(theirHead.Next).toBe(ourToken);
      expect(json(theirsRest!)).toEqual(listed.slice(maxItems));
      const rest = await list([...ours, ...size, '--starting-token', theirHead.Next, ...q]);
      expect(json(rest)).toEqual(listed.slice(maxItems));
    });
  });
};
