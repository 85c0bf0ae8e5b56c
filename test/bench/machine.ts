import { cpus, totalmem } from 'node:os';
import type { AnchorVersions } from './anchors/anchor-presence';

/** The lines that describe where the figures were measured. */
export const describeMachine = (versions: AnchorVersions): string[] => [
  `${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB`,
  `Node ${process.version}`,
  `AWS CLI: ${versions.awsCli ?? 'not installed'}`,
  `boto3: ${versions.boto3 ?? 'not installed'}`,
];
