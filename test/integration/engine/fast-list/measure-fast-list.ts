/**
 * Not a test: keys/s of a plain paginateListObjectsV2 over demo-big with the SDK's protocol and
 * with FastS3Protocol, alternating, the endpoint in its own process.
 *   npx tsx test/integration/engine/fast-list/measure-fast-list.ts [keys] [rounds]
 */
import { S3Client, paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { FastS3Protocol } from '../../../../electron/engine/fast-list/fast-s3-protocol';
import { demoCredentials } from '../../endpoint/endpoint-clients';
import { startEndpointProcess } from '../../service/jobs/endpoint-process';

const [keys = 200_000, rounds = 2] = process.argv.slice(2).map(Number);
const endpoint = await startEndpointProcess(['--port', '0', '--objects', String(keys)]);
const client = (fast: boolean) =>
  new S3Client({
    endpoint: endpoint.url,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: demoCredentials,
    ...(fast ? { protocol: FastS3Protocol } : {}),
  });
try {
  for (let round = 0; round < rounds; round += 1) {
    for (const fast of [false, true]) {
      const started = performance.now();
      let listed = 0;
      for await (const page of paginateListObjectsV2(
        { client: client(fast) },
        { Bucket: 'demo-big' },
      ))
        listed += page.Contents?.length ?? 0;
      const perSecond = Math.round(listed / ((performance.now() - started) / 1000));
      console.log(
        `${fast ? 'FastS3Protocol' : 'SDK protocol  '}: ${listed} keys, ${perSecond} keys/s`,
      );
    }
  }
} finally {
  await endpoint.stop();
}
