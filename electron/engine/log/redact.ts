/**
 * The one redactor for text that leaves the engine: error messages sent to the page or printed by
 * the CLI, and log lines. It removes
 *  - the credentials it has been told about (registered when profiles are read or credentials are
 *    resolved, and those in the AWS_* environment variables), verbatim;
 *  - the key id of any SigV4 scope (`Credential=KEYID/date/...`), whatever the key id looks like:
 *    S3-compatible servers accept any string as a key id and echo it back in errors;
 *  - the value after any credential field name (aws_secret_access_key, SessionToken,
 *    x-amz-security-token, Signature, ...), however the field is written (ini, JSON, XML, header);
 *  - values shaped like AWS key ids, secret keys (40 base64 characters) and session tokens (long
 *    base64 runs), whatever their prefix.
 * It is for messages, not data: row cells and resume tokens are never passed through it.
 */
const knownSecrets = new Set<string>();

// Shorter strings would redact ordinary words; real key ids, secrets and tokens are longer.
const MIN_SECRET_LENGTH = 8;

export const registerSecret = (secret: string | undefined): void => {
  if (secret && secret.length >= MIN_SECRET_LENGTH) knownSecrets.add(secret);
};

const ENVIRONMENT_SECRETS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
] as const;

const REDACTED = '[redacted]';

// The scope's key id ends at "/" (or "%2F" in a presigned URL's query).
const credentialScope = /(Credential=)(?:(?!%2F)[^/\s,;"'&<])+/gi;
// Written as ini keys, these may be followed by a bare space (a line missing its "="); other
// field names need "=", ":" or ">" so that prose ("the signature you provided") stays readable.
const credentialKey =
  /((?:aws_access_key_id|aws_secret_access_key|aws_session_token|aws_security_token|x-amz-security-token)(?:["']?\s*[=:>]\s*["']?|[ \t]+))[^\s"'&,;<]+/gi;
const credentialField =
  /((?:access[_-]?key(?:[_-]?id)?|secret(?:[_-]?access)?[_-]?key|session[_-]?token|security[_-]?token|signature|authorization)["']?\s*[=:>]\s*["']?)(?:AWS4-HMAC-SHA256\s+|AWS\s+)?[^\s"'&,;<]+/gi;
const accessKeyId = /\b(?:AKIA|ASIA|AIDA|AROA|AGPA|AIPA|ANPA|ANVA|APKA|ABIA|ACCA)[A-Z0-9]{12,}\b/g;
// Base64 of a JSON object ("eyJ...") is a pagination token in botocore's format, which the CLI
// prints for the user to resume with: no credential has that shape.
const secretLike = /(?<![A-Za-z0-9/+])(?!eyJ)[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/g;
const tokenLike = /(?<![A-Za-z0-9/+])(?!eyJ)[A-Za-z0-9/+]{80,}={0,2}/g;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const removeKnown = (text: string): string => {
  let out = text;
  const known = [...knownSecrets];
  for (const name of ENVIRONMENT_SECRETS) {
    const value = process.env[name];
    if (value && value.length >= MIN_SECRET_LENGTH) known.push(value);
  }
  // Longest first, so a secret that contains another is removed whole.
  known.sort((a, b) => b.length - a.length);
  for (const secret of known) {
    if (out.includes(secret)) out = out.replace(new RegExp(escapeRegExp(secret), 'g'), REDACTED);
  }
  return out;
};

export const redactSecrets = (text: string): string =>
  removeKnown(text)
    .replace(credentialScope, `$1${REDACTED}`)
    .replace(credentialKey, `$1${REDACTED}`)
    .replace(credentialField, `$1${REDACTED}`)
    .replace(tokenLike, REDACTED)
    .replace(accessKeyId, '[redacted-key-id]')
    .replace(secretLike, REDACTED);
