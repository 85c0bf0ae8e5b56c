import { demoImages, type DemoImage } from './ec2-images';
import type { DemoReservation } from './ec2-instances';
import { between, hex, pick, unit } from './hash';

export interface DemoTag {
  key: string;
  value: string;
}

export interface DemoVpc {
  vpcId: string;
  cidrBlock: string;
  isDefault: boolean;
  tags: DemoTag[];
}

export interface DemoSubnet {
  subnetId: string;
  vpcId: string;
  cidrBlock: string;
  availabilityZone: string;
  availableIpAddressCount: number;
  mapPublicIpOnLaunch: boolean;
  tags: DemoTag[];
}

export interface DemoSecurityGroup {
  groupId: string;
  groupName: string;
  description: string;
  vpcId: string;
  tags: DemoTag[];
}

export interface DemoVolume {
  volumeId: string;
  size: number;
  volumeType: string;
  availabilityZone: string;
  createTime: Date;
  encrypted: boolean;
  /** The instance it is attached to, or none (available). */
  attachment: { instanceId: string; device: string; attachTime: Date } | null;
  snapshotId: string;
  tags: DemoTag[];
}

export interface DemoSnapshot {
  snapshotId: string;
  volumeId: string;
  volumeSize: number;
  startTime: Date;
  description: string;
  encrypted: boolean;
  tags: DemoTag[];
}

/** A region's VPCs, subnets, security groups, volumes, snapshots and own images. */
export interface DemoEc2Resources {
  vpcs: DemoVpc[];
  subnets: DemoSubnet[];
  securityGroups: DemoSecurityGroup[];
  volumes: DemoVolume[];
  snapshots: DemoSnapshot[];
  images: DemoImage[];
}

const TEAMS = ['platform', 'data', 'web', 'ml', 'payments'];
const VOLUME_TYPES = ['gp3', 'gp3', 'gp3', 'gp2', 'io2', 'st1'];
const EPOCH = Date.UTC(2025, 5, 1);
const HOUR_MS = 3_600_000;

const nameTag = (name: string, team: string): DemoTag[] => [
  { key: 'Name', value: name },
  { key: 'team', value: team },
];

/**
 * Everything of a region's network and storage, derived from its instances (their VPCs, subnets
 * and root volumes) plus more of each, so that every listing has several pages at small page
 * sizes. Deterministic: the same seed and instances give the same resources in the same order.
 */
export const demoEc2Resources = (
  seed: number,
  region: string,
  reservations: readonly DemoReservation[],
): DemoEc2Resources => {
  const instances = reservations.flatMap((r) => r.instances);
  const zones = ['a', 'b', 'c'].map((z) => `${region}${z}`);
  const used = [...new Set(instances.flatMap((i) => (i.vpcId ? [i.vpcId] : [])))];
  const extra = Array.from(
    { length: between(seed, 80, 0, 12, 24) },
    (_, v) => `vpc-${hex(seed, 81, v, 17)}`,
  );
  const vpcs: DemoVpc[] = [...used, ...extra].map((vpcId, v) => ({
    vpcId,
    cidrBlock: `10.${v}.0.0/16`,
    isDefault: v === 0,
    tags: v === 0 ? [] : nameTag(`${pick(seed, 82, v, TEAMS)}-vpc-${v}`, pick(seed, 82, v, TEAMS)),
  }));
  const usedSubnets = new Map<string, string>();
  for (const i of instances) if (i.subnetId && i.vpcId) usedSubnets.set(i.subnetId, i.vpcId);
  const subnets: DemoSubnet[] = [];
  vpcs.forEach((vpc, v) => {
    const own = [...usedSubnets].filter(([, vpcId]) => vpcId === vpc.vpcId).map(([id]) => id);
    const count = Math.max(own.length, between(seed, 83, v, 2, 6));
    for (let s = 0; s < count; s++) {
      const n = v * 16 + s;
      subnets.push({
        subnetId: own[s] ?? `subnet-${hex(seed, 84, n, 17)}`,
        vpcId: vpc.vpcId,
        cidrBlock: `10.${v}.${s * 16}.0/20`,
        availabilityZone: zones[s % zones.length]!,
        availableIpAddressCount: between(seed, 85, n, 100, 4091),
        mapPublicIpOnLaunch: unit(seed, 86, n) < 0.3,
        tags: nameTag(
          `${vpc.vpcId.slice(4, 10)}-${s % 2 === 0 ? 'private' : 'public'}-${s}`,
          pick(seed, 87, n, TEAMS),
        ),
      });
    }
  });
  const securityGroups: DemoSecurityGroup[] = [];
  vpcs.forEach((vpc, v) => {
    securityGroups.push({
      groupId: `sg-${hex(seed, 88, v * 8, 17)}`,
      groupName: 'default',
      description: 'default VPC security group',
      vpcId: vpc.vpcId,
      tags: [],
    });
    for (let g = 1; g < between(seed, 89, v, 2, 6); g++) {
      const team = pick(seed, 90, v * 8 + g, TEAMS);
      securityGroups.push({
        groupId: `sg-${hex(seed, 88, v * 8 + g, 17)}`,
        groupName: `${team}-sg-${g}`,
        description: `Traffic for ${team}`,
        vpcId: vpc.vpcId,
        tags: nameTag(`${team}-sg-${g}`, team),
      });
    }
  });
  const live = instances.filter((i) => i.state.name !== 'terminated');
  const volumes: DemoVolume[] = live.map((instance, n) => ({
    volumeId: `vol-${hex(seed, 91, n, 17)}`,
    size: pick(seed, 92, n, [8, 8, 16, 20, 30, 50, 100]),
    volumeType: pick(seed, 93, n, VOLUME_TYPES),
    availabilityZone: instance.availabilityZone,
    createTime: instance.launchTime,
    encrypted: unit(seed, 94, n) < 0.5,
    attachment: {
      instanceId: instance.instanceId,
      device: '/dev/xvda',
      attachTime: instance.launchTime,
    },
    snapshotId: '',
    tags: [],
  }));
  const loose = between(seed, 95, 0, 20, 60);
  for (let n = 0; n < loose; n++) {
    const m = live.length + n;
    volumes.push({
      volumeId: `vol-${hex(seed, 91, m, 17)}`,
      size: pick(seed, 92, m, [10, 50, 100, 500, 1000]),
      volumeType: pick(seed, 93, m, VOLUME_TYPES),
      availabilityZone: pick(seed, 96, m, zones),
      createTime: new Date(EPOCH - between(seed, 97, m, 1, 2 * 365 * 24) * HOUR_MS),
      encrypted: unit(seed, 94, m) < 0.5,
      attachment: null,
      snapshotId: '',
      tags: nameTag(`scratch-${n}`, pick(seed, 98, m, TEAMS)),
    });
  }
  const snapshots: DemoSnapshot[] = volumes
    .filter((_, n) => n % 3 === 0)
    .map((volume, n) => ({
      snapshotId: `snap-${hex(seed, 99, n, 17)}`,
      volumeId: volume.volumeId,
      volumeSize: volume.size,
      startTime: new Date(
        volume.createTime.getTime() + between(seed, 100, n, 1, 24 * 90) * HOUR_MS,
      ),
      description: `Backup of ${volume.volumeId}`,
      encrypted: volume.encrypted,
      tags: [],
    }));
  return { vpcs, subnets, securityGroups, volumes, snapshots, images: demoImages(seed, instances) };
};
