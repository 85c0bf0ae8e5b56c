import { DEMO_ACCOUNT_ID } from '../../../shared/demo-credentials';
import { between, hex, pick, unit } from './hash';

/**
 * A function's configuration as ListFunctions returns it (FunctionConfiguration), with the
 * members the reference AWS CLI's model knows: it drops any other from its output.
 */
export interface DemoFunction {
  FunctionName: string;
  FunctionArn: string;
  Runtime?: string;
  Role: string;
  Handler?: string;
  CodeSize: number;
  Description: string;
  Timeout: number;
  MemorySize: number;
  /** Lambda's own timestamp format: 2024-01-02T03:04:05.000+0000. */
  LastModified: string;
  CodeSha256: string;
  Version: string;
  TracingConfig: { Mode: string };
  RevisionId: string;
  PackageType: string;
  Architectures: string[];
  EphemeralStorage: { Size: number };
}

/** Functions per region: hundreds in the busy ones, none in the quiet ones. */
export const LAMBDA_FUNCTIONS_PER_REGION: Readonly<Record<string, number>> = {
  'us-east-1': 420,
  'eu-west-1': 160,
  'ap-southeast-2': 9,
};

const RUNTIMES: ReadonlyArray<[string, string]> = [
  ['nodejs20.x', 'index.handler'],
  ['nodejs20.x', 'index.handler'],
  ['nodejs18.x', 'index.handler'],
  ['python3.12', 'app.handler'],
  ['python3.12', 'app.handler'],
  ['python3.11', 'app.handler'],
  ['python3.9', 'lambda_function.lambda_handler'],
  ['java21', 'com.example.Handler::handleRequest'],
  ['provided.al2023', 'bootstrap'],
  ['ruby3.3', 'function.handler'],
  ['dotnet8', 'Function::Function.Handler::FunctionHandler'],
];
const TEAMS = ['platform', 'data', 'web', 'ml', 'payments'];
const JOBS = ['api', 'worker', 'ingest', 'resize', 'notify', 'cron', 'authorizer', 'export'];
const MEMORY = [128, 128, 256, 512, 1024, 1536, 2048, 3008];
const TIMEOUTS = [3, 3, 10, 30, 60, 300, 900];
const EPOCH = Date.UTC(2025, 5, 1);

/** Lambda writes LastModified with milliseconds and a +0000 offset, not ISO's Z. */
export const lambdaTimestamp = (ms: number): string =>
  new Date(ms).toISOString().replace('Z', '+0000');

const uuid = (seed: number, n: number): string => {
  const h = hex(seed, 410, n, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};

const functionOf = (seed: number, region: string, n: number): DemoFunction => {
  const team = pick(seed, 400, n, TEAMS);
  const name = `${team}-${pick(seed, 401, n, JOBS)}-${String(n).padStart(3, '0')}`;
  // About one in twelve is a container image: no runtime and no handler.
  const image = unit(seed, 402, n) < 0.08;
  const [runtime, handler] = pick(seed, 403, n, RUNTIMES);
  const arm = unit(seed, 404, n) < 0.35;
  return {
    FunctionName: name,
    FunctionArn: `arn:aws:lambda:${region}:${DEMO_ACCOUNT_ID}:function:${name}`,
    ...(image ? {} : { Runtime: runtime, Handler: handler }),
    Role: `arn:aws:iam::${DEMO_ACCOUNT_ID}:role/${team}-lambda-role`,
    CodeSize: image ? 0 : between(seed, 405, n, 300, 48_000_000),
    Description: unit(seed, 406, n) < 0.3 ? '' : `${team} ${pick(seed, 401, n, JOBS)} function`,
    Timeout: pick(seed, 407, n, TIMEOUTS),
    MemorySize: pick(seed, 408, n, MEMORY),
    LastModified: lambdaTimestamp(EPOCH - between(seed, 409, n, 60, 2 * 365 * 86_400) * 1000),
    CodeSha256: Buffer.from(hex(seed, 411, n, 64), 'hex').toString('base64'),
    Version: '$LATEST',
    TracingConfig: { Mode: unit(seed, 412, n) < 0.2 ? 'Active' : 'PassThrough' },
    RevisionId: uuid(seed, n),
    PackageType: image ? 'Image' : 'Zip',
    Architectures: [arm ? 'arm64' : 'x86_64'],
    EphemeralStorage: { Size: 512 },
  };
};

/** A region's functions in ListFunctions' order (by name). */
export const demoLambdaFunctions = (seed: number, region: string): DemoFunction[] =>
  Array.from({ length: LAMBDA_FUNCTIONS_PER_REGION[region] ?? 0 }, (_, n) =>
    functionOf(seed, region, n),
  ).sort((a, b) => (a.FunctionName < b.FunctionName ? -1 : 1));
