import type { Item } from './resource';

/**
 * IAM returns policy documents URL-encoded; botocore decodes them into JSON (its
 * json_decode_policies handler), so the AWS CLI shows objects, and so does PageScope.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html
 */
export const decodePolicyDocument = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(decodeURIComponent(value)) as unknown;
  } catch {
    return value;
  }
};

/** The services a trust policy lets assume the role: `lambda.amazonaws.com, ...`. */
export const trustedServices = (document: unknown): string | null => {
  const statements = (document as { Statement?: unknown } | null)?.Statement;
  const services = (Array.isArray(statements) ? (statements as Item[]) : []).flatMap((s) => {
    const service = (s.Principal as Item | undefined)?.Service;
    return Array.isArray(service)
      ? service.map(String)
      : typeof service === 'string'
        ? [service]
        : [];
  });
  return services.length > 0 ? services.join(', ') : null;
};
