import { randomUUID } from 'node:crypto';
import type { CredentialStore, Identity } from '../auth/credential-store';
import { DEMO_ACCOUNT_ID, DEMO_USER_NAME } from '../../../shared/demo-credentials';
import { AwsError } from '../http/aws-error';
import type { EndpointResponse } from '../http/endpoint-response';
import { el, wrap } from '../http/xml';

export interface StsCall {
  form: URLSearchParams;
  identity: Identity;
  store: CredentialStore;
  now: number;
}

const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
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
        el('Expiration', new Date(session.expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z')),
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
  const action = call.form.get('Action') ?? '';
  const run = actions[action];
  if (!run)
    throw new AwsError(
      400,
      'InvalidAction',
      `Could not find operation ${action} for version 2011-06-15`,
    );
  const result = run(call);
  return {
    status: 200,
    headers: { 'content-type': 'text/xml' },
    body:
      `<${action}Response xmlns="${STS_NS}">` +
      wrap(`${action}Result`, result) +
      wrap('ResponseMetadata', el('RequestId', randomUUID())) +
      `</${action}Response>`,
  };
};
