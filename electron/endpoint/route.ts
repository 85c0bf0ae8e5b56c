import { scopeRegion, scopeService } from './auth/authorization-header';
import type { ParsedRequest } from './http/parsed-request';
import { s3Target, type S3Target } from './s3/s3-target';
import { isService, JSON_TARGETS, PROTOCOLS, REST_OPERATIONS, type Service } from './services';

/** What a request is for, known before it is authenticated (faults and the log need it). */
export interface RouteSummary {
  service: Service;
  operation: string;
  bucket: string | null;
  /** From the SigV4 credential scope: every region shares this one URL. */
  region: string;
}

export type Route = RouteSummary &
  (
    | { service: 's3'; s3: S3Target }
    /** Query-protocol parameters (EC2, STS, IAM, CloudFormation, RDS). */
    | { form: URLSearchParams }
    /** A JSON-protocol call's input (CloudWatch Logs, DynamoDB). */
    | { input: Record<string, unknown> | null }
    /** A REST call other than S3's: its path's variable segments, decoded, and its query. */
    | { rest: { segments: string[]; query: ReadonlyArray<readonly [string, string]> } }
  );

const STS_VERSION = '2011-06-15';

const queryForm = (request: ParsedRequest): URLSearchParams | null => {
  if (request.method !== 'POST') return null;
  if (!(request.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded'))
    return null;
  const form = new URLSearchParams(request.body.toString('utf8'));
  return form.has('Action') ? form : null;
};

const queryService = (scoped: string | null, form: URLSearchParams): Service =>
  isService(scoped) && (PROTOCOLS[scoped] === 'query' || PROTOCOLS[scoped] === 'ec2')
    ? scoped
    : form.get('Version') === STS_VERSION
      ? 'sts'
      : 'ec2';

const jsonService = (target: string): Service | null =>
  (Object.keys(JSON_TARGETS) as Service[]).find((service) =>
    target.startsWith(`${JSON_TARGETS[service]!.prefix}.`),
  ) ?? null;

/** The call's JSON input; null when the body is not a JSON object (the handler says so). */
const jsonInput = (request: ParsedRequest): Record<string, unknown> | null => {
  const text = request.body.toString('utf8');
  try {
    const input: unknown = text === '' ? {} : JSON.parse(text);
    return typeof input === 'object' && input !== null && !Array.isArray(input)
      ? (input as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
};

const decodeSegment = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
};

/** The REST operation whose method and path template match, with the path's variable parts. */
const restOperation = (service: Service, request: ParsedRequest) => {
  const parts = request.rawPath.split('/').filter((part) => part !== '');
  for (const candidate of REST_OPERATIONS) {
    if (candidate.service !== service || candidate.method !== request.method) continue;
    const template = candidate.path.split('/').filter((part) => part !== '');
    if (template.length !== parts.length) continue;
    const segments: string[] = [];
    const matches = template.every((part, i) => {
      if (part !== '{}') return part === parts[i];
      const value = decodeSegment(parts[i]!);
      if (value !== null) segments.push(value);
      return value !== null;
    });
    if (matches) {
      return { operation: candidate.operation, segments };
    }
  }
  return { operation: 'Unknown', segments: [] };
};

export const routeRequest = (request: ParsedRequest): Route => {
  const authorization = request.headers.authorization;
  const region = scopeRegion(authorization) ?? 'us-east-1';
  const scoped = scopeService(authorization);
  const form = queryForm(request);
  if (form) {
    const service = queryService(scoped, form);
    return { service, operation: form.get('Action') ?? '', bucket: null, region, form };
  }
  const target = request.headers['x-amz-target'];
  const json = target === undefined ? null : jsonService(target);
  if (json && target) {
    const operation = target.slice(target.indexOf('.') + 1);
    return { service: json, operation, bucket: null, region, input: jsonInput(request) };
  }
  if (isService(scoped) && scoped !== 's3' && REST_OPERATIONS.some((r) => r.service === scoped)) {
    const { operation, segments } = restOperation(scoped, request);
    return {
      service: scoped,
      operation,
      bucket: null,
      region,
      rest: { segments, query: request.query },
    };
  }
  const s3 = s3Target(request);
  return { service: 's3', operation: s3.operation, bucket: s3.bucket, region, s3 };
};
