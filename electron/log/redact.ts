/**
 * Removes AWS secrets from text bound for a log or an error message: access key ids, 40-char
 * secret keys and session tokens. Known secrets (registered by the credentials module when it
 * hands them to an SDK client) are removed verbatim as well.
 */
const knownSecrets = new Set<string>();

export const registerSecret = (secret: string | undefined): void => {
  if (secret && secret.length >= 8) knownSecrets.add(secret);
};

const accessKeyId = /\b(AKIA|ASIA|AIDA|AROA)[A-Z0-9]{12,}\b/g;
const secretLike = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g;
const tokenField =
  /((?:session[_-]?token|x-amz-security-token|secret[_-]?access[_-]?key)["'=:\s]+)[^\s"'&,]+/gi;

export const redactSecrets = (text: string): string => {
  let out = text;
  for (const secret of knownSecrets) out = out.split(secret).join('[redacted]');
  return out
    .replace(tokenField, '$1[redacted]')
    .replace(accessKeyId, '[redacted-key-id]')
    .replace(secretLike, '[redacted]');
};
