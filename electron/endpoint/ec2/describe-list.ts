import { ec2InvalidParameterValue } from '../http/aws-error';
import { el, wrap } from '../http/xml';
import { decodeNextToken, encodeNextToken } from './next-token';

/** One Describe* operation that pages a flat list by MaxResults and NextToken. */
export interface Ec2List<T> {
  /** The element the items are listed in: `vpcSet`. */
  setName: string;
  /** The documented bounds of MaxResults. */
  min: number;
  max: number;
  /**
   * Above `max`: refused, or answered with `max` items as DescribeVolumes does ("if you specify
   * a value larger than 500, only 500 items are returned"; the AWS CLI asks it for 1000).
   */
  over: 'refuse' | 'clamp';
  xml(item: T): string;
}

const parseMaxResults = (raw: string | null, list: Ec2List<unknown>): number | null => {
  if (raw === null) return null;
  const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= list.min) || (value > list.max && list.over === 'refuse')) {
    throw ec2InvalidParameterValue(
      `Value ( ${raw} ) for parameter maxResults is invalid. Expecting a value between ${list.min} and ${list.max}.`,
    );
  }
  return Math.min(value, list.max);
};

/**
 * One page of a flat Describe* list: at most MaxResults items (all without it, as EC2 answers
 * these operations unpaged when MaxResults is absent), and a NextToken bound to the region and
 * the operation while items remain.
 */
export const describeList = <T>(
  form: URLSearchParams,
  scope: string,
  items: readonly T[],
  list: Ec2List<T>,
): string => {
  const maxResults = parseMaxResults(form.get('MaxResults'), list as Ec2List<unknown>);
  const token = form.get('NextToken');
  const start = token === null || token === '' ? 0 : decodeNextToken(scope, token);
  const end = maxResults === null ? items.length : Math.min(items.length, start + maxResults);
  const page = items.slice(start, end).map((item) => `<item>${list.xml(item)}</item>`);
  const next = end < items.length ? encodeNextToken(scope, end) : undefined;
  return wrap(list.setName, page.join('')) + el('nextToken', next);
};
