/**
 * Not a test: measures a flat listing of demo-big at a given latency, sequential vs partitioned,
 * through the engine's page sources (what `pagescope list --parallel N` runs).
 *   npx tsx test/integration/engine/paging/partitioned/measure-partitioned.ts [keys] [latencyMs] [parallel]
 * The endpoint runs in its own process so its CPU does not compete with the listing's.
 */
import { startEndpointProcess } from '../../../service/jobs/endpoint-process';
import { countingClient, sources, walk } from './partitioned-harness';
import type { RunningEndpoint } from '../../../../../electron/endpoint/server';

const [keys = 100_000, latencyMs = 100, parallel = 16] = process.argv.slice(2).map(Number);
const endpoint = await startEndpointProcess([
  ...['--port', '0', '--objects', String(keys), '--latency-ms', String(latencyMs)],
]);
const { client, sent } = countingClient({ url: endpoint.url } as RunningEndpoint);
const time = async (name: string, run: () => Promise<{ items: unknown[] }>) => {
  const before = sent.count;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { items } = await run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const requests = sent.count - before;
  const cpuSeconds = ((used.user + used.system) / 1e6).toFixed(2);
  console.log(
    `${name}: ${items.length} keys in ${seconds.toFixed(2)} s, ${requests} requests, client CPU ${cpuSeconds} s`,
  );
  return seconds;
};
try {
  const s = sources(client, 'demo-big', { parallel });
  const partitioned = await time(`partitioned x${parallel}`, () => walk(s.partitioned));
  const sequential = await time('sequential', () => walk(s.sequential));
  console.log(
    `ratio sequential/partitioned at ${latencyMs} ms: ${(sequential / partitioned).toFixed(1)}x`,
  );
} finally {
  await endpoint.stop();
}
