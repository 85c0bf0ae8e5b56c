import { randomUUID } from 'node:crypto';
import { AwsError } from '../http/aws-error';
import type { EndpointResponse } from '../http/endpoint-response';
import { XML_NAMESPACES, type Service } from '../services';
import { el, wrap } from '../http/xml';

/**
 * A Query-protocol answer (STS, IAM, CloudFormation, RDS):
 * `<ActionResponse xmlns=...><ActionResult>...</ActionResult><ResponseMetadata>...`.
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html
 */
export const queryResponse = (
  service: Service,
  action: string,
  result: string,
): EndpointResponse => ({
  status: 200,
  headers: { 'content-type': 'text/xml' },
  body:
    `<${action}Response xmlns="${XML_NAMESPACES[service] ?? ''}">` +
    wrap(`${action}Result`, result) +
    wrap('ResponseMetadata', el('RequestId', randomUUID())) +
    `</${action}Response>`,
});

/**
 * A list as the Query protocol writes it: each item in a `<member>` element, or in the element
 * the service model names (RDS: `<DBInstance>`).
 */
export const memberList = <T>(
  name: string,
  items: readonly T[],
  xml: (item: T) => string,
  member = 'member',
): string => wrap(name, items.map((item) => wrap(member, xml(item))).join(''));

/** Query timestamps: ISO 8601 in UTC, as the services write them (no milliseconds). */
export const queryDate = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The action's handler, or the Query protocol's InvalidAction for one the service lacks. */
export const queryAction = <F>(
  actions: Readonly<Record<string, F>>,
  form: URLSearchParams,
  version: string,
): { action: string; run: F } => {
  const action = form.get('Action') ?? '';
  const run = Object.hasOwn(actions, action) ? actions[action] : undefined;
  if (!run) {
    throw new AwsError(
      400,
      'InvalidAction',
      `Could not find operation ${action} for version ${version}`,
    );
  }
  return { action, run };
};
