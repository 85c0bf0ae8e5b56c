import type { CredentialStore, Identity } from '../auth/credential-store';
import { DEMO_ACCOUNT_ID, DEMO_USER_NAME } from '../../../shared/demo-credentials';
import { AwsError } from '../http/aws-error';
import type { EndpointResponse } from '../http/endpoint-response';
import { el, wrap } from '../http/xml';
import { queryAction, queryDate, queryResponse } from '../query/query-response';

export interface StsCall {
  form: URLSearchParams;
  identity: Identity;
  store: CredentialStore;
  now: number;
}

const validation = (message: string) => new AwsError(400, 'ValidationError', message);

/** https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html */
const getCallerIdentity = ({ identity }: StsCall): string =>
  identity.kind === 'user'
    ? el('Arn', `arn:aws:iam::${DEMO_ACCOUNT_ID}:user/${DEMO_USER_NAME}`) +
      el('UserId', 'AIDAJQABLZS4A3QDU576Q') +
      el('Account', DEMO_ACCOUNT_ID)
    : el(
        'Arn',
        `arn:aws:sts::${DEMO_ACCOUNT_ID}:assumed-role/${identity.roleName}/${identity.sessionName}`,
      ) +
      el('UserId', `${identity.roleId}:${identity.sessionName}`) +
      el('Account', DEMO_ACCOUNT_ID);

/**
 * Hands out temporary credentials the endpoint then accepts until they expire.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */
const assumeRole = ({ form, store, now }: StsCall): string => {
  const roleArn = form.get('RoleArn') ?? '';
  const sessionName = form.get('RoleSessionName') ?? '';
  const duration = Number(form.get('DurationSeconds') ?? '3600');
  if (!/^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]{1,64}$/.test(roleArn)) {
    throw validation(
      `1 validation error detected: Value '${roleArn}' at 'roleArn' failed to satisfy constraint`,
    );
  }
  if (!/^[\w+=,.@-]{2,64}$/.test(sessionName)) {
    throw validation(
      `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint`,
    );
  }
  if (!Number.isInteger(duration) || duration < 900 || duration > 43_200) {
    throw validation(
      `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint`,
    );
  }
  if (!roleArn.startsWith(`arn:aws:iam::${DEMO_ACCOUNT_ID}:`)) {
    throw new AwsError(
      403,
      'AccessDenied',
      `User is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
    );
  }
  const session = store.issue(roleArn, sessionName, duration, now);
  const user = session.identity;
  return (
    wrap(
      'Credentials',
      el('AccessKeyId', user.accessKeyId) +
        el('SecretAccessKey', session.secretAccessKey) +
        el('SessionToken', session.sessionToken) +
        el('Expiration', queryDate(new Date(session.expiresAt))),
    ) +
    wrap(
      'AssumedRoleUser',
      el('AssumedRoleId', `${user.roleId}:${sessionName}`) +
        el('Arn', `arn:aws:sts::${DEMO_ACCOUNT_ID}:assumed-role/${user.roleName}/${sessionName}`),
    )
  );
};

const actions: Record<string, (call: StsCall) => string> = {
  GetCallerIdentity: getCallerIdentity,
  AssumeRole: assumeRole,
};

export const handleSts = (call: StsCall): EndpointResponse => {
  const { action, run } = queryAction(actions, call.form, '2011-06-15');
  return queryResponse('sts', action, run(call));
};
