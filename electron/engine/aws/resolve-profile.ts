import { fromEnv, fromIni } from '@aws-sdk/credential-providers';
import { ApiFailure, type ProfileKind } from '../../../shared/contract';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../shared/demo-credentials';
import { loadConfigFiles, type ConfigFiles } from './config-files';
import { demoEndpoint } from './demo-endpoint';
import { registerSecret } from '../log/redact';
import { askMfaCode } from './mfa-prompts';
import {
  DEMO_PROFILE,
  DEMO_REGION,
  ENVIRONMENT_PROFILE,
  environmentRegion,
  fileProfileRegion,
  profileKind,
} from './profiles';

type CredentialsProvider = ReturnType<typeof fromEnv>;

/** What the engine needs to make SDK clients for a profile. Never leaves electron/engine/aws. */
export interface ResolvedProfile {
  name: string;
  kind: ProfileKind;
  region: string;
  endpointUrl: string | null;
  credentials: CredentialsProvider;
}

export interface ProfileOverrides {
  endpointUrl?: string;
  region?: string;
}

const demo = async (): Promise<ResolvedProfile> => {
  const endpoint = await demoEndpoint();
  return {
    name: DEMO_PROFILE,
    kind: 'demo',
    region: DEMO_REGION,
    endpointUrl: endpoint.url,
    credentials: async () => ({
      accessKeyId: DEMO_ACCESS_KEY_ID,
      secretAccessKey: DEMO_SECRET_ACCESS_KEY,
    }),
  };
};

const environment = (): ResolvedProfile => ({
  name: ENVIRONMENT_PROFILE,
  kind: 'environment',
  region: environmentRegion(),
  endpointUrl: process.env.AWS_ENDPOINT_URL ?? null,
  credentials: fromEnv(),
});

const malformed = (files: ConfigFiles): ApiFailure | null => {
  const problem = files.problems[0];
  if (!problem) return null;
  const where = problem.line === null ? problem.file : `${problem.file} line ${problem.line}`;
  return ApiFailure.of('PROFILE_CONFIG', `AWS config file ${where}: ${problem.message}.`, {
    details: { file: problem.file, line: problem.line },
  });
};

const fromFiles = async (name: string): Promise<ResolvedProfile> => {
  const files = await loadConfigFiles();
  const problem = malformed(files);
  if (problem) throw problem;
  const settings = { ...files.config[name], ...files.credentials[name] };
  if (!files.config[name] && !files.credentials[name]) {
    throw ApiFailure.of(
      'NOT_FOUND',
      `Profile ${name} is not in ${files.configPath} or ${files.credentialsPath}.`,
    );
  }
  const region = fileProfileRegion(settings.region);
  const endpointUrl = settings.endpoint_url ?? null;
  return {
    name,
    kind: profileKind(settings),
    region,
    endpointUrl,
    // clientConfig reaches the STS/SSO clients the provider makes, so assume-role goes to the
    // profile's endpoint too.
    credentials: fromIni({
      profile: name,
      filepath: files.credentialsPath,
      configFilepath: files.configPath,
      mfaCodeProvider: (serial) => askMfaCode(name, serial),
      clientConfig: { region, ...(endpointUrl ? { endpoint: endpointUrl } : {}) },
    }),
  };
};

// Secrets go only into SDK clients; registering them keeps them out of any log or error text.
const registering =
  (provider: CredentialsProvider): CredentialsProvider =>
  async (options) => {
    const credentials = await provider(options);
    registerSecret(credentials.accessKeyId);
    registerSecret(credentials.secretAccessKey);
    registerSecret(credentials.sessionToken);
    return credentials;
  };

const cache = new Map<string, Promise<ResolvedProfile>>();

/** Credentials, region and endpoint of a profile, cached until the profiles are re-read. */
export const resolveProfile = (name: string): Promise<ResolvedProfile> => {
  let resolved = cache.get(name);
  if (!resolved) {
    const found =
      name === DEMO_PROFILE
        ? demo()
        : name === ENVIRONMENT_PROFILE
          ? Promise.resolve(environment())
          : fromFiles(name);
    resolved = found.then((p) => ({ ...p, credentials: registering(p.credentials) }));
    cache.set(name, resolved);
    resolved.catch(() => cache.delete(name));
  }
  return resolved;
};

/** Forget resolved profiles (the files may have changed): called when profiles are listed. */
export const forgetProfiles = (): void => cache.clear();
