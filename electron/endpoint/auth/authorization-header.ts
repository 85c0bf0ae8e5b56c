/**
 * The parts of an `Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...`
 * header. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-signing-elements.html
 */
export interface AuthorizationHeader {
  accessKeyId: string;
  /** yyyymmdd from the credential scope. */
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

const shape =
  /^AWS4-HMAC-SHA256\s+Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-f]{64})\s*$/;

/** The header's parts, or null when it is absent or not a SigV4 header at all. */
export const parseAuthorization = (value: string | undefined): AuthorizationHeader | null => {
  if (value === undefined) return null;
  const match = shape.exec(value.trim());
  if (!match) return null;
  const [, accessKeyId, date, region, service, signed, signature] = match;
  return {
    accessKeyId: accessKeyId!,
    date: date!,
    region: region!,
    service: service!,
    signedHeaders: signed!.split(';'),
    signature: signature!,
  };
};

/** Only the scope, for routing: a malformed header still tells which region was meant. */
export const scopeRegion = (value: string | undefined): string | null =>
  /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(value ?? '')?.[1] ?? null;

export const scopeService = (value: string | undefined): string | null =>
  /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\//.exec(value ?? '')?.[1] ?? null;
