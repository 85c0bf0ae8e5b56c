import type { DemoInstance } from './ec2-instances';
import type { DemoTag } from './ec2-resources';
import { between, hex, pick, unit } from './hash';

export interface DemoImage {
  imageId: string;
  name: string;
  description: string;
  /** EC2 writes it as text, with milliseconds: 2025-03-04T05:06:07.000Z. */
  creationDate: string;
  state: 'available' | 'pending' | 'failed';
  architecture: string;
  windows: boolean;
  snapshotId: string;
  volumeSize: number;
  encrypted: boolean;
  tags: DemoTag[];
}

const TEAMS = ['platform', 'data', 'web', 'ml', 'payments'];
const BASES = ['al2023', 'ubuntu-22.04', 'ubuntu-24.04', 'debian-12', 'windows-2022'];
const EPOCH = Date.UTC(2025, 5, 1);
const SECOND_MS = 1000;

const imageOf = (seed: number, imageId: string, n: number, architecture: string): DemoImage => {
  // Windows AMIs are x86_64 only.
  const base = pick(seed, 120, n, architecture === 'arm64' ? BASES.slice(0, -1) : BASES);
  const team = pick(seed, 121, n, TEAMS);
  const created = new Date(EPOCH - between(seed, 122, n, 1, 3 * 365 * 86_400) * SECOND_MS);
  const day = created.toISOString().slice(0, 10).replaceAll('-', '');
  const failed = unit(seed, 123, n) < 0.04;
  return {
    imageId,
    name: `${team}-${base}-${architecture}-${day}-${n}`,
    description: `${team} golden image on ${base}`,
    creationDate: created.toISOString(),
    state: failed ? 'failed' : n % 29 === 28 ? 'pending' : 'available',
    architecture,
    windows: base.startsWith('windows'),
    snapshotId: `snap-${hex(seed, 124, n, 17)}`,
    volumeSize: pick(seed, 125, n, [8, 8, 16, 30, 50]),
    encrypted: unit(seed, 126, n) < 0.5,
    tags: unit(seed, 127, n) < 0.15 ? [] : [{ key: 'team', value: team }],
  };
};

/**
 * The account's own AMIs in a region: every image its instances were launched from (in the order
 * the instances first use them), then older builds no instance runs any more.
 */
export const demoImages = (seed: number, instances: readonly DemoInstance[]): DemoImage[] => {
  const used = new Map<string, string>();
  for (const i of instances) if (!used.has(i.imageId)) used.set(i.imageId, i.architecture);
  const images = [...used].map(([imageId, arch], n) => imageOf(seed, imageId, n, arch));
  const unused = between(seed, 128, 0, 8, 30);
  for (let u = 0; u < unused; u++) {
    const n = used.size + u;
    const arch = unit(seed, 129, n) < 0.3 ? 'arm64' : 'x86_64';
    images.push(imageOf(seed, `ami-${hex(seed, 130, n, 17)}`, n, arch));
  }
  return images;
};
