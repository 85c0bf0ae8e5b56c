import { setTimeout as sleep } from 'node:timers/promises';
import { authError } from './auth/auth-errors';
import { verifySigV4 } from './auth/sigv4-verify';
import type { Identity } from './auth/credential-store';
import { handleCloudFormation } from './cloudformation/cloudformation-handler';
import { handleDynamoDb } from './dynamodb/dynamodb-handler';
import { handleEc2 } from './ec2/ec2-handler';
import { handleLambda } from './lambda/lambda-handler';
import type { EndpointState } from './endpoint-state';
import { faultError } from './faults/fault-errors';
import type { FaultKind } from './faults/fault-plan';
import { AwsError } from './http/aws-error';
import type { EndpointResponse } from './http/endpoint-response';
import { errorResponse } from './http/error-documents';
import { handleIam } from './iam/iam-handler';
import type { ParsedRequest } from './http/parsed-request';
import { routeRequest, type Route, type RouteSummary } from './route';
import { handleRoute53 } from './route53/route53-handler';
import type { Service } from './services';
import { handleRds } from './rds/rds-handler';
import { handleLogs } from './logs/logs-handler';
import { handleS3 } from './s3/s3-handler';
import { handleSts } from './sts/sts-handler';

export interface RequestIds {
  requestId: string;
  hostId: string;
}

export interface Outcome {
  route: RouteSummary;
  response: EndpointResponse;
  fault: FaultKind | null;
}

/** How long a `Slow` fault holds a response back. */
export const SLOW_FAULT_MS = 1500;

/** A handler of one service, given the routed request (its form, JSON input or REST path). */
export type ServiceHandler = (call: {
  route: Route;
  request: ParsedRequest;
  identity: Identity;
  state: EndpointState;
  now: number;
}) => EndpointResponse;

/** The handler of each service besides S3, EC2 and STS, which take their parts directly. */
const HANDLERS: Partial<Record<Service, ServiceHandler>> = {
  iam: handleIam,
  cloudformation: handleCloudFormation,
  rds: handleRds,
  logs: handleLogs,
  dynamodb: handleDynamoDb,
  lambda: handleLambda,
  route53: handleRoute53,
};

const dispatch = (
  state: EndpointState,
  route: Route,
  request: ParsedRequest,
  identity: Identity,
  now: number,
): EndpointResponse => {
  if ('s3' in route) {
    return handleS3({ request, target: route.s3, region: route.region, buckets: state.buckets });
  }
  if (route.service === 'ec2' && 'form' in route) {
    return handleEc2({
      form: route.form,
      region: route.region,
      identity,
      reservations: (r) => state.reservations(r),
      resources: (r) => state.ec2Resources(r),
    });
  }
  if (route.service === 'sts' && 'form' in route) {
    return handleSts({ form: route.form, identity, store: state.store, now });
  }
  if ('input' in route && route.input === null) {
    throw new AwsError(400, 'SerializationException', 'The request body is not a JSON object.');
  }
  const handler = HANDLERS[route.service];
  if (!handler) {
    throw new AwsError(400, 'InvalidAction', `The endpoint does not serve ${route.service}.`);
  }
  return handler({ route, request, identity, state, now });
};

/** What the log says of a request too malformed to route (its error is S3's, the REST protocol's). */
export const UNROUTABLE: RouteSummary = {
  service: 's3',
  operation: 'Unknown',
  bucket: null,
  region: 'us-east-1',
};

/**
 * One request from routing to response: authenticate, wait the configured latency, maybe inject a
 * fault, then serve. Every failure becomes the called service's own error document.
 */
export const handleRequest = async (
  state: EndpointState,
  request: ParsedRequest,
  ids: RequestIds,
): Promise<Outcome> => {
  let summary: RouteSummary = UNROUTABLE;
  let fault: FaultKind | null = null;
  try {
    const route = routeRequest(request);
    summary = route;
    const now = Date.now();
    const auth = verifySigV4(request, state.store, now);
    if (state.latencyMs > 0) await sleep(state.latencyMs);
    if (!auth.ok) throw authError(route.service, auth.problem);
    fault = state.faults.decide(route);
    const injected = fault === null ? null : faultError(route.service, fault);
    if (injected) throw injected;
    if (fault === 'Slow') await sleep(SLOW_FAULT_MS);
    return { route, response: dispatch(state, route, request, auth.identity, now), fault };
  } catch (error) {
    const known =
      error instanceof AwsError
        ? error
        : new AwsError(500, 'InternalError', 'We encountered an internal error. Please try again.');
    if (!(error instanceof AwsError)) console.error('endpoint: unexpected failure', error);
    const response = errorResponse(summary.service, known, ids, request.method);
    return { route: summary, response, fault };
  }
};
