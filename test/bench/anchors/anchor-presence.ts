import { existsSync } from 'node:fs';
import { outputOf } from '../run-command';

/** Debian's AWS CLI v2, named by path: a pyenv AWS CLI v1 comes first on PATH on this machine. */
export const AWS_CLI = '/usr/bin/aws';
/** Debian's Python with python3-boto3, named by path for the same reason. */
export const PYTHON = '/usr/bin/python3';

export interface AnchorVersions {
  awsCli: string | null;
  boto3: string | null;
}

/** Each anchor's version, or null when it is not installed (reported, never skipped silently). */
export const anchorVersions = async (): Promise<AnchorVersions> => ({
  awsCli: existsSync(AWS_CLI) ? await outputOf(AWS_CLI, ['--version']) : null,
  boto3: existsSync(PYTHON)
    ? await outputOf(PYTHON, [
        '-c',
        'import boto3, botocore; print(f"boto3 {boto3.__version__}, botocore {botocore.__version__}")',
      ])
    : null,
});
