/**
 * The SDK client packages of every service but S3, each loaded on first use: a package is large
 * (EC2's alone is about 2.3 MB bundled, half the CLI) and a listing needs one service only, so
 * the CLI and the engine worker start as fast as S3 alone lets them. Each service's parts module
 * (sdk/*-parts.ts) re-exports the commands its resources send and a `createClient`.
 */
const loaders = {
  ec2: () => import('./sdk/ec2-parts'),
  iam: () => import('./sdk/iam-parts'),
  cloudformation: () => import('./sdk/cloudformation-parts'),
  rds: () => import('./sdk/rds-parts'),
  logs: () => import('./sdk/logs-parts'),
  dynamodb: () => import('./sdk/dynamodb-parts'),
  lambda: () => import('./sdk/lambda-parts'),
  route53: () => import('./sdk/route53-parts'),
};

export type LazyServiceName = keyof typeof loaders;
/** Every service PageScope lists: S3, whose client is always loaded, and the lazy ones. */
export type ServiceName = 's3' | LazyServiceName;
export type ServiceSdk<S extends LazyServiceName> = Awaited<ReturnType<(typeof loaders)[S]>>;

const loading = new Map<LazyServiceName, Promise<unknown>>();

export const loadSdk = <S extends LazyServiceName>(service: S): Promise<ServiceSdk<S>> => {
  let found = loading.get(service);
  if (!found) loading.set(service, (found = loaders[service]()));
  return found as Promise<ServiceSdk<S>>;
};

export const isLazyService = (service: ServiceName): service is LazyServiceName =>
  service in loaders;

/** Services whose wire protocol is JSON (JSON 1.0/1.1, REST-JSON); the rest speak XML. */
const JSON_PROTOCOL: ReadonlySet<ServiceName> = new Set<ServiceName>([
  'logs',
  'dynamodb',
  'lambda',
]);

export const speaksJson = (service: ServiceName): boolean => JSON_PROTOCOL.has(service);
