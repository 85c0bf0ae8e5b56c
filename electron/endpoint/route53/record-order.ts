/**
 * Route 53's order of record sets, as ListResourceRecordSets documents it: "first by DNS name with
 * the labels reversed, for example com.example.www." in ASCII order, the trailing dot included (so
 * `api-v2` comes before `api`, '-' being below '.'), then by type; sets of one name and type
 * (weighted, latency, failover) by their SetIdentifier.
 * https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListResourceRecordSets.html
 */
export const reversedName = (name: string): string => {
  const labels = name.replace(/\.$/, '').split('.');
  return `${labels.reverse().join('.')}.`;
};

/** Where a record set sits: reversed name, type, identifier ('' for none, which sorts first). */
export type RecordPosition = readonly [string, string, string];

// Plain code-unit comparison: the names are ASCII, and Route 53 orders them by ASCII code.
const ascii = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const comparePositions = (a: RecordPosition, b: RecordPosition): number =>
  ascii(a[0], b[0]) || ascii(a[1], b[1]) || ascii(a[2], b[2]);

/** The index of the first position not before `start` in sorted `positions`. */
export const firstAtOrAfter = (
  positions: readonly RecordPosition[],
  start: RecordPosition,
): number => {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (comparePositions(positions[mid]!, start) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
};
