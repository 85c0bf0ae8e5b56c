import { scopeRegion, scopeService } from './auth/authorization-header';
import type { Service } from './auth/auth-errors';
import type { ParsedRequest } from './http/parsed-request';
import { s3Target, type S3Target } from './s3/s3-target';

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
    /** Query-protocol parameters (EC2, STS). */
    | { service: 'ec2' | 'sts'; form: URLSearchParams }
  );

const STS_VERSION = '2011-06-15';

const queryForm = (request: ParsedRequest): URLSearchParams | null => {
  if (request.method !== 'POST') return null;
  if (!(request.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded'))
    return null;
  const form = new URLSearchParams(request.body.toString('utf8'));
  return form.has('Action') ? form : null;
};

export const routeRequest = (request: ParsedRequest): Route => {
  const authorization = request.headers.authorization;
  const region = scopeRegion(authorization) ?? 'us-east-1';
  const form = queryForm(request);
  if (form) {
    const scoped = scopeService(authorization);
    const service: Service =
      scoped === 'sts' || scoped === 'ec2'
        ? scoped
        : form.get('Version') === STS_VERSION
          ? 'sts'
          : 'ec2';
    return { service, operation: form.get('Action') ?? '', bucket: null, region, form };
  }
  const target = s3Target(request);
  return {
    service: 's3',
    operation: target.operation,
    bucket: target.bucket,
    region,
    s3: target,
  };
};
