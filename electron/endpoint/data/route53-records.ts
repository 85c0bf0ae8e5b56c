/** The demo zones' record sets: what each zone holds, before Route 53's ordering. */
import { between, hex, pick, unit } from './hash';

export interface DemoAliasTarget {
  hostedZoneId: string;
  dnsName: string;
  evaluateTargetHealth: boolean;
}

/** A resource record set; simple ones have no identifier, the others share name and type. */
export interface DemoRecordSet {
  name: string;
  type: string;
  setIdentifier?: string;
  weight?: number;
  region?: string;
  ttl?: number;
  values?: string[];
  alias?: DemoAliasTarget;
}

// Route 53's own alias zones: CloudFront's, and an Application Load Balancer's in us-east-1.
const CLOUDFRONT = 'Z2FDTNDATAQYW2';
const ALB_ZONE = 'Z35SXDOTRQ7X7K';
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const SERVICES = ['admin', 'api', 'app', 'auth', 'billing', 'cdn', 'docs', 'search', 'shop'];
const SERVICES_MORE = ['status', 'www'];

const ipv4 = (seed: number, n: number): string =>
  `${pick(seed, 310, n, [3, 18, 34, 52, 54])}.${between(seed, 311, n, 0, 255)}.${between(seed, 312, n, 0, 255)}.${between(seed, 313, n, 1, 254)}`;
const ipv6 = (seed: number, n: number): string =>
  `2600:1f18:${hex(seed, 314, n, 4)}:${hex(seed, 315, n, 4)}::${hex(seed, 316, n, 3)}`;

/** The NS and SOA every zone has at its apex. */
export const apex = (seed: number, zone: string, n: number): DemoRecordSet[] => {
  const servers = [0, 1, 2, 3].map(
    (i) =>
      `ns-${between(seed, 320 + i, n, 1, 2047)}.awsdns-${between(seed, 324 + i, n, 0, 63)}.${['com', 'net', 'org', 'co.uk'][i]}.`,
  );
  return [
    { name: zone, type: 'NS', ttl: 172800, values: servers },
    {
      name: zone,
      type: 'SOA',
      ttl: 900,
      values: [`${servers[0]} awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400`],
    },
  ];
};

const simple = (name: string, type: string, ttl: number, values: string[]): DemoRecordSet => ({
  name,
  type,
  ttl,
  values,
});

/** The big public zone: apex records, services with weighted and latency sets, many hosts. */
export const mainZone = (seed: number, zone: string, hosts: number): DemoRecordSet[] => {
  const sets = apex(seed, zone, 0);
  const cdn = `d${hex(seed, 330, 0, 13)}.cloudfront.net.`;
  sets.push(
    {
      name: zone,
      type: 'A',
      alias: { hostedZoneId: CLOUDFRONT, dnsName: cdn, evaluateTargetHealth: false },
    },
    simple(zone, 'MX', 300, ['10 inbound-smtp.us-east-1.amazonaws.com.']),
    simple(zone, 'TXT', 300, ['"v=spf1 include:amazonses.com ~all"']),
    simple(`_dmarc.${zone}`, 'TXT', 300, ['"v=DMARC1; p=quarantine"']),
    // The delegation of the eu. subdomain to its own zone (eu.example.com. below).
    { ...apex(seed, `eu.${zone}`, 5)[0]!, ttl: 300 },
  );
  [...SERVICES, ...SERVICES_MORE].forEach((service, s) => {
    const name = `${service}.${zone}`;
    if (s % 3 === 0) {
      // Blue/green: a weighted pair per type, sharing the name and the type.
      for (const type of ['A', 'AAAA']) {
        for (const [color, weight] of [
          ['blue', 90],
          ['green', 10],
        ] as const) {
          const n = s * 10 + (color === 'blue' ? 0 : 1);
          sets.push({
            name,
            type,
            setIdentifier: color,
            weight,
            ttl: 60,
            values: [type === 'A' ? ipv4(seed, n) : ipv6(seed, n)],
          });
        }
      }
    } else if (s % 3 === 1) {
      // Latency-based: one set per region, aliases to that region's load balancer.
      for (const region of REGIONS) {
        const lb = `${service}-${hex(seed, 331, s, 8)}.${region}.elb.amazonaws.com.`;
        sets.push({
          name,
          type: 'A',
          setIdentifier: `${service}-${region}`,
          region,
          alias: { hostedZoneId: ALB_ZONE, dnsName: `dualstack.${lb}`, evaluateTargetHealth: true },
        });
      }
    } else {
      sets.push(simple(name, 'CNAME', 300, [cdn]));
    }
    sets.push(simple(`${service}-v2.${zone}`, 'CNAME', 60, [name]));
    for (const region of REGIONS) {
      const regional = `${service}.${region}.${zone}`;
      sets.push(simple(regional, 'A', 60, [ipv4(seed, 100 + s * 4 + REGIONS.indexOf(region))]));
      sets.push(simple(regional, 'TXT', 300, [`"owner=${service}"`]));
    }
  });
  for (let h = 0; h < hosts; h++) {
    const dc = pick(seed, 332, h, ['use1', 'euw1', 'apse2']);
    const name = `host-${String(h).padStart(4, '0')}.${dc}.${zone}`;
    sets.push(simple(name, 'A', 300, [ipv4(seed, 1000 + h)]));
    if (unit(seed, 333, h) < 0.7) sets.push(simple(name, 'AAAA', 300, [ipv6(seed, 1000 + h)]));
    if (unit(seed, 334, h) < 0.25)
      sets.push(simple(name, 'TXT', 300, [`"rack=${between(seed, 335, h, 1, 40)}"`]));
    // Every twentieth host fronts a weighted pool of a few to a dozen nodes.
    if (h % 20 === 0) {
      const pool = `pool-${String(h / 20).padStart(3, '0')}.${zone}`;
      for (let node = 1; node <= between(seed, 336, h, 3, 12); node++) {
        sets.push({
          name: pool,
          type: 'A',
          setIdentifier: `node-${node}`,
          weight: between(seed, 337, h * 16 + node, 0, 255),
          ttl: 60,
          values: [ipv4(seed, 5000 + h * 16 + node)],
        });
      }
    }
  }
  return sets;
};

export const internalZone = (seed: number, zone: string): DemoRecordSet[] => [
  ...apex(seed, zone, 1),
  ...Array.from({ length: 12 }, (_, d) =>
    simple(`db-${d}.${zone}`, 'CNAME', 60, [
      `db-${d}.c${hex(seed, 340, d, 12)}.us-east-1.rds.amazonaws.com.`,
    ]),
  ),
  ...Array.from({ length: 24 }, (_, c) =>
    simple(`cache-${c}.${zone}`, 'A', 60, [
      `10.0.${between(seed, 341, c, 0, 255)}.${between(seed, 342, c, 1, 254)}`,
    ]),
  ),
];

export const smallZone = (
  seed: number,
  zone: string,
  n: number,
  hosts: number,
): DemoRecordSet[] => [
  ...apex(seed, zone, n),
  simple(`_acme-challenge.${zone}`, 'TXT', 60, [`"${hex(seed, 343, n, 32)}"`]),
  simple(`www.${zone}`, 'CNAME', 300, [zone]),
  ...Array.from({ length: hosts }, (_, h) =>
    simple(`web-${h}.${zone}`, 'A', 300, [ipv4(seed, 9000 + n * 100 + h)]),
  ),
];
