/**
 * The EC2 client package, loaded on first use: it is the largest part of the SDK PageScope uses
 * (about 2.3 MB bundled, half the CLI), and an S3 listing never needs it. Loading it lazily
 * halves the CLI's start-up (`pagescope list --help` in 0.2 s instead of 0.39 s).
 */
export type Ec2Sdk = typeof import('./ec2-sdk-parts');

let loading: Promise<Ec2Sdk> | null = null;

export const loadEc2Sdk = (): Promise<Ec2Sdk> => (loading ??= import('./ec2-sdk-parts'));
