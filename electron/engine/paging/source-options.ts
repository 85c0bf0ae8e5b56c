import type { ViewParams, ViewSpec } from '../../../shared/contract';
import { clientFor } from '../aws/clients';
import type { ProfileOverrides } from '../aws/resolve-profile';
import type { ResourceDescriptor } from '../resources/resource';
import type { RetryPolicy } from './backoff';
import type { PageSourceOptions } from './page-source';

export interface SourceOptionsRequest {
  spec: ViewSpec;
  resource: ResourceDescriptor;
  /** The region listed, or null for the profile's (or --region's). */
  region: string | null;
  /** The parameters and extra input after push-down (push-down.ts). */
  pushed: { params: ViewParams; input: object };
  pageSize: number;
  /** Send a page-size parameter only when the view gives one, as the AWS CLI does. */
  pageSizeOnlyWhenGiven?: boolean;
  overrides?: ProfileOverrides;
  retry?: RetryPolicy;
}

/**
 * The options of a listing's page sources in one region: its SDK client, its parameters and
 * page size, the engine's retry policy, and what its errors name (profile, operation, IAM
 * action, region), so that every listing of a resource fails the same way.
 */
export const sourceOptionsFor = async (r: SourceOptionsRequest): Promise<PageSourceOptions> => {
  const { spec, resource } = r;
  const { client, profile, region } = await clientFor(
    spec.profile,
    r.region,
    resource.service,
    r.overrides,
  );
  return {
    resource,
    client,
    params: r.pushed.params,
    extraInput: r.pushed.input,
    pageSize: r.pageSize,
    omitPageSize:
      spec.pageSize === undefined &&
      (r.pageSizeOnlyWhenGiven === true || resource.omitDefaultPageSize === true),
    ...(r.retry ? { retry: r.retry } : {}),
    errors: {
      profile: profile.name,
      kind: profile.kind,
      operation: resource.operation,
      iamAction: resource.info.iamAction,
      target: resource.target(spec.params),
      region,
    },
  };
};
