import { ALL_REGIONS, ApiFailure, viewSpecSchema, type ViewSpec } from '../../../shared/contract';
import { DEMO_PROFILE, ENVIRONMENT_PROFILE, listProfiles } from '../../engine/aws/profiles';
import { writeOut, type CliIo } from './cli-io';
import { resolveProfile } from '../../engine/aws/resolve-profile';
import { getResource, resourceKinds } from '../../engine/resources/registry';
import type { ViewArgs } from './options';
import { UsageError } from './usage-error';

const DEMO_NOTICE =
  'pagescope: no AWS credentials found; using the built-in Demo profile (pass --profile NAME for your own).\n';

/**
 * The standard chain's choice: --profile, AWS_PROFILE, environment keys, then "default". With no
 * credentials at all it is the built-in Demo, as `npm start` does, and says so on stderr; not
 * with --endpoint-url, which names a real endpoint the Demo's keys would not open.
 */
const chooseProfile = async (args: ViewArgs, io: CliIo): Promise<string> => {
  if (args.profile) return args.profile;
  if (process.env.AWS_PROFILE) return process.env.AWS_PROFILE;
  if (process.env.AWS_ACCESS_KEY_ID) return ENVIRONMENT_PROFILE;
  const { profiles } = await listProfiles();
  if (profiles.some((p) => p.name === 'default')) return 'default';
  if (!args.endpointUrl && profiles.every((p) => p.name === DEMO_PROFILE)) {
    await writeOut(io.stderr, DEMO_NOTICE);
    return DEMO_PROFILE;
  }
  throw ApiFailure.of(
    'NO_CREDENTIALS',
    'No AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or AWS_PROFILE, pass --profile NAME, or try --profile Demo.',
  );
};

/** Turn parsed arguments into the same ViewSpec the app sends, checked by the same schema. */
export const viewSpecFromArgs = async (args: ViewArgs, io: CliIo): Promise<ViewSpec> => {
  if (!resourceKinds().includes(args.resource)) {
    throw new UsageError(
      `Unknown resource ${JSON.stringify(args.resource)}; one of ${resourceKinds().join(', ')}.`,
    );
  }
  // A listing without regions (S3 is global, ec2-regions lists them) has nothing to fan out over.
  if (args.allRegions && !getResource(args.resource).info.regional) {
    throw new UsageError(
      `--all-regions does not apply to ${args.resource}: it is not listed per region.`,
    );
  }
  const profile = await chooseProfile(args, io);
  const region = args.allRegions
    ? ALL_REGIONS
    : (args.region ?? (await resolveProfile(profile)).region);
  const params = args.params;
  const parsed = viewSpecSchema.safeParse({
    profile,
    region,
    resource: args.resource,
    params,
    filter: args.filter,
    ...(args.columns.length > 0
      ? { columns: args.columns.map((expression) => ({ expression })) }
      : {}),
    ...(args.pageSize !== undefined ? { pageSize: args.pageSize } : {}),
    ...(args.maxItems !== undefined ? { maxItems: args.maxItems } : {}),
    ...(args.startingToken !== undefined ? { startingToken: args.startingToken } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`Invalid ${issue.path.join('.') || 'arguments'}: ${issue.message}`);
  }
  return parsed.data;
};

/** The profile overrides of a command line: --endpoint-url, and the region of a one-region view. */
export const overridesOf = (args: Pick<ViewArgs, 'endpointUrl'>, spec: ViewSpec) => ({
  ...(args.endpointUrl ? { endpointUrl: args.endpointUrl } : {}),
  ...(spec.region !== ALL_REGIONS ? { region: spec.region } : {}),
});
