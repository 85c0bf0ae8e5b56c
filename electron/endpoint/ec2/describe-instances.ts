import type { DemoInstance, DemoReservation } from '../data/ec2-instances';
import { AwsError, ec2InvalidParameterValue } from '../http/aws-error';
import { el, wrap } from '../http/xml';
import { compileFilters, type InstancePredicate } from './instance-filters';
import { reservationXml } from './instance-xml';
import { decodeNextToken, encodeNextToken } from './next-token';
import { filterParams, listParam } from './query-lists';

/** https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html */
const parseMaxResults = (raw: string | null): number | null => {
  if (raw === null) return null;
  const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= 5)) {
    throw ec2InvalidParameterValue(
      `Value ( ${raw} ) for parameter maxResults is invalid. Expecting a value greater than 5.`,
    );
  }
  if (value > 1000) {
    throw ec2InvalidParameterValue(
      `Value ( ${raw} ) for parameter maxResults is invalid. Expecting a value less than 1000.`,
    );
  }
  return value;
};

const idPredicate = (ids: string[], reservations: DemoReservation[]): InstancePredicate => {
  const malformed = ids.find((id) => !/^i-([0-9a-f]{8}|[0-9a-f]{17})$/.test(id));
  if (malformed !== undefined)
    throw new AwsError(400, 'InvalidInstanceID.Malformed', `Invalid id: "${malformed}"`);
  const known = new Set(reservations.flatMap((r) => r.instances.map((i) => i.instanceId)));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length === 1) {
    throw new AwsError(
      400,
      'InvalidInstanceID.NotFound',
      `The instance ID '${missing[0]}' does not exist`,
    );
  }
  if (missing.length > 1) {
    throw new AwsError(
      400,
      'InvalidInstanceID.NotFound',
      `The instance IDs '${missing.join(', ')}' do not exist`,
    );
  }
  const wanted = new Set(ids);
  return (instance) => wanted.has(instance.instanceId);
};

/**
 * One page: whole reservations, holding only their matching instances, while the page's instance
 * count stays within MaxResults (MaxResults counts instances; a reservation is never split).
 */
export const describeInstances = (
  form: URLSearchParams,
  region: string,
  reservations: DemoReservation[],
): string => {
  const maxResults = parseMaxResults(form.get('MaxResults'));
  const ids = listParam(form, 'InstanceId');
  if (ids.length > 0 && maxResults !== null) {
    throw new AwsError(
      400,
      'InvalidParameterCombination',
      'The parameter instancesSet cannot be used with the parameter maxResults',
    );
  }
  const byId = ids.length > 0 ? idPredicate(ids, reservations) : () => true;
  const byFilter = compileFilters(filterParams(form));
  const token = form.get('NextToken');
  let position = token === null || token === '' ? 0 : decodeNextToken(region, token);
  const limit = maxResults ?? Number.POSITIVE_INFINITY;
  const page: string[] = [];
  let count = 0;
  for (; position < reservations.length; position++) {
    const reservation = reservations[position]!;
    const matching: DemoInstance[] = reservation.instances.filter((i) => byId(i) && byFilter(i));
    if (matching.length === 0) continue;
    if (count + matching.length > limit) break;
    page.push(reservationXml(reservation, matching));
    count += matching.length;
  }
  const next = position < reservations.length ? encodeNextToken(region, position) : undefined;
  return wrap('reservationSet', page.join('')) + el('nextToken', next);
};
