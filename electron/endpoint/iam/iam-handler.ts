import type { ServiceHandler } from '../handle-request';
import { AwsError } from '../http/aws-error';
import { el } from '../http/xml';
import { queryPage, pageSizeParam } from '../query/query-page';
import { memberList, queryAction, queryDate, queryResponse } from '../query/query-response';
import { demoIam, type DemoIam, type DemoPolicy, type DemoRole, type DemoUser } from './iam-data';

const VERSION = '2010-05-08';

const validation = (message: string) => new AwsError(400, 'ValidationError', message);

/** The constraint message IAM gives for a parameter outside its model's bounds. */
const constraint = (value: string, name: string, rule: string) =>
  validation(
    `1 validation error detected: Value '${value}' at '${name}' failed to satisfy constraint: ${rule}`,
  );

// https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html : MaxItems 1..1000,
// 100 when absent; IsTruncated tells whether Marker is there.
const MAX_ITEMS = { min: 1, max: 1000, fallback: 100 };

const userXml = (u: DemoUser): string =>
  el('Path', u.path) +
  el('UserName', u.userName) +
  el('UserId', u.userId) +
  el('Arn', u.arn) +
  el('CreateDate', queryDate(u.createDate)) +
  el('PasswordLastUsed', u.passwordLastUsed ? queryDate(u.passwordLastUsed) : undefined);

// ListRoles returns no tags, permissions boundary or last use: those come from GetRole.
const roleXml = (r: DemoRole): string =>
  el('Path', r.path) +
  el('RoleName', r.roleName) +
  el('RoleId', r.roleId) +
  el('Arn', r.arn) +
  el('CreateDate', queryDate(r.createDate)) +
  el('AssumeRolePolicyDocument', r.assumeRolePolicyDocument) +
  el('Description', r.description ?? undefined) +
  el('MaxSessionDuration', r.maxSessionDuration);

const policyXml = (p: DemoPolicy): string =>
  el('PolicyName', p.policyName) +
  el('PolicyId', p.policyId) +
  el('Arn', p.arn) +
  el('Path', p.path) +
  el('DefaultVersionId', p.defaultVersionId) +
  el('AttachmentCount', p.attachmentCount) +
  el('PermissionsBoundaryUsageCount', p.permissionsBoundaryUsageCount) +
  el('IsAttachable', p.isAttachable) +
  el('CreateDate', queryDate(p.createDate)) +
  el('UpdateDate', queryDate(p.updateDate));

const pathPrefix = (form: URLSearchParams): string => {
  const prefix = form.get('PathPrefix') ?? '/';
  if (!/^\/[\x21-\x7f]*$/.test(prefix) || prefix.length > 512) {
    const pattern = '\\u002F[\\u0021-\\u007F]*';
    throw constraint(
      prefix,
      'pathPrefix',
      `Member must satisfy regular expression pattern: ${pattern}`,
    );
  }
  return prefix;
};

/** One page of a list: a Marker bound to the operation and its filters, and IsTruncated. */
const listPage = <T>(
  form: URLSearchParams,
  listing: string,
  items: readonly T[],
  name: string,
  xml: (item: T) => string,
): string => {
  const raw = form.get('MaxItems');
  const size = pageSizeParam(raw, MAX_ITEMS, (value) =>
    Number(value) > MAX_ITEMS.max
      ? constraint(value, 'maxItems', 'Member must have value less than or equal to 1000')
      : constraint(value, 'maxItems', 'Member must have value greater than or equal to 1'),
  );
  const { page, next } = queryPage({
    items,
    listing: `iam:${form.get('Action')}\n${listing}`,
    marker: form.get('Marker'),
    size,
    badMarker: () => validation('Invalid Marker.'),
  });
  return (
    el('IsTruncated', next !== null) + memberList(name, page, xml) + el('Marker', next ?? undefined)
  );
};

const listUsers = (form: URLSearchParams, iam: DemoIam): string => {
  const prefix = pathPrefix(form);
  const users = iam.users.filter((u) => u.path.startsWith(prefix));
  return listPage(form, prefix, users, 'Users', userXml);
};

const listRoles = (form: URLSearchParams, iam: DemoIam): string => {
  const prefix = pathPrefix(form);
  const roles = iam.roles.filter((r) => r.path.startsWith(prefix));
  return listPage(form, prefix, roles, 'Roles', roleXml);
};

const SCOPES = ['All', 'AWS', 'Local'];
const USAGES = ['PermissionsPolicy', 'PermissionsBoundary'];

/** https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html */
const listPolicies = (form: URLSearchParams, iam: DemoIam): string => {
  const prefix = pathPrefix(form);
  const scope = form.get('Scope') ?? 'All';
  if (!SCOPES.includes(scope)) {
    throw constraint(scope, 'scope', `Member must satisfy enum value set: [${SCOPES.join(', ')}]`);
  }
  const onlyAttached = form.get('OnlyAttached') === 'true';
  const usage = form.get('PolicyUsageFilter');
  if (usage !== null && !USAGES.includes(usage)) {
    throw constraint(
      usage,
      'policyUsageFilter',
      `Member must satisfy enum value set: [${USAGES.join(', ')}]`,
    );
  }
  const policies = iam.policies.filter(
    (p) =>
      (scope === 'All' || p.local === (scope === 'Local')) &&
      p.path.startsWith(prefix) &&
      (!onlyAttached || p.attachmentCount + p.permissionsBoundaryUsageCount > 0) &&
      (usage === null ||
        (usage === 'PermissionsBoundary'
          ? p.permissionsBoundaryUsageCount > 0
          : p.attachmentCount > 0)),
  );
  const listing = JSON.stringify([prefix, scope, onlyAttached, usage]);
  return listPage(form, listing, policies, 'Policies', policyXml);
};

const actions = {
  ListUsers: listUsers,
  ListRoles: listRoles,
  ListPolicies: listPolicies,
};

/** IAM is global: every region's request sees the one account's users, roles and policies. */
export const handleIam: ServiceHandler = ({ route, state }) => {
  if (!('form' in route))
    throw new AwsError(400, 'InvalidAction', 'IAM speaks the Query protocol.');
  const { action, run } = queryAction(actions, route.form, VERSION);
  return queryResponse('iam', action, run(route.form, demoIam(state.seed)));
};
