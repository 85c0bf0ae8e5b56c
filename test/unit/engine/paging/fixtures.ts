/** Pages shaped like SDK v3's parsed responses (dates already ISO strings), for filter tests. */
export const s3Page = () => ({
  IsTruncated: false,
  KeyCount: 4,
  Contents: [
    {
      Key: 'logs/app.log',
      Size: 2_000_000,
      StorageClass: 'STANDARD',
      LastModified: '2024-01-01T00:00:00.000Z',
    },
    {
      Key: 'logs/small.log',
      Size: 10,
      StorageClass: 'STANDARD',
      LastModified: '2024-01-02T00:00:00.000Z',
    },
    {
      Key: 'video/big.mp4',
      Size: 200_000_000,
      StorageClass: 'GLACIER',
      LastModified: '2024-01-03T00:00:00.000Z',
    },
    {
      Key: 'readme.txt',
      Size: 1_048_576,
      StorageClass: 'STANDARD',
      LastModified: '2024-01-04T00:00:00.000Z',
    },
  ],
  CommonPrefixes: [{ Prefix: 'photos/' }],
});

const instance = (id: string, state: string, type: string, env: string | null) => ({
  InstanceId: id,
  InstanceType: type,
  State: { Name: state, Code: state === 'running' ? 16 : 80 },
  Tags: env
    ? [
        { Key: 'Environment', Value: env },
        { Key: 'Name', Value: `web-${id}` },
      ]
    : [],
});

export const ec2Page = () => ({
  Reservations: [
    {
      ReservationId: 'r-1',
      Instances: [
        instance('i-1', 'running', 't3.micro', 'production'),
        instance('i-2', 'stopped', 't3.large', 'production'),
      ],
    },
    { ReservationId: 'r-2', Instances: [instance('i-3', 'running', 'm5.large', 'staging')] },
    { ReservationId: 'r-3', Instances: [instance('i-4', 'running', 't3.micro', null)] },
  ],
});

export const ec2Items = () => ec2Page().Reservations.flatMap((r) => r.Instances);
