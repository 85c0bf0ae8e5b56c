/**
 * Measures the endpoint as a separate process while a client lists all of demo-big (1,000,000
 * keys) in 1000-key pages: its resident memory (sampled from /proc) and its CPU time per page.
 * Not a test (no timing assertions in tests): run `npx tsx test/integration/endpoint/measure-endpoint.ts`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { ListObjectsV2Command, S3Client, type ListObjectsV2CommandInput } from '@aws-sdk/client-s3';
import { demoCredentials } from './endpoint-clients';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const TICKS_PER_SECOND = 100;

const rssMiB = (pid: number): number =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
const cpuMs = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
};

const listPages = async (
  s3: S3Client,
  pid: number,
  input: ListObjectsV2CommandInput,
  maxPages: number,
) => {
  const rss: number[] = [];
  const before = cpuMs(pid);
  let token: string | undefined;
  let pages = 0;
  let keys = 0;
  do {
    const page = await s3.send(new ListObjectsV2Command({ ...input, ContinuationToken: token }));
    token = page.NextContinuationToken;
    keys += page.KeyCount ?? 0;
    pages += 1;
    if (pages % 50 === 0) rss.push(rssMiB(pid));
  } while (token && pages < maxPages);
  return { pages, keys, cpuMsPerPage: (cpuMs(pid) - before) / pages, rss };
};

/** The endpoint as a child process with the default million keys: its URL and its pid. */
const startServer = async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/endpoint/cli.ts', '--port', '0'],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return { child, url: line.toString().trim().replace('endpoint: ', ''), pid: child.pid! };
};

const round = (n: number) => Math.round(n * 100) / 100;

const main = async () => {
  const { child, url, pid } = await startServer();
  const s3 = new S3Client({
    endpoint: url,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: demoCredentials,
  });
  const idle = rssMiB(pid);
  const flat = await listPages(s3, pid, { Bucket: 'demo-big', MaxKeys: 1000 }, Infinity);
  const months = await listPages(
    s3,
    pid,
    { Bucket: 'demo-big', Prefix: 'logs/2024/', Delimiter: '/' },
    200,
  );
  const late = await listPages(
    s3,
    pid,
    { Bucket: 'demo-big', StartAfter: 'logs/2024/12/30/' },
    200,
  );
  child.kill('SIGTERM');
  const perPage = (run: { pages: number; keys: number; cpuMsPerPage: number }) => ({
    pages: run.pages,
    entries: run.keys,
    cpuMsPerPage: round(run.cpuMsPerPage),
  });
  const rss = {
    min: Math.min(...flat.rss),
    max: Math.max(...flat.rss),
    first: flat.rss[0]!,
    last: flat.rss.at(-1)!,
  };
  console.log(
    JSON.stringify(
      {
        idleRssMiB: round(idle),
        flatListing: {
          ...perPage(flat),
          rssMiB: Object.fromEntries(Object.entries(rss).map(([k, v]) => [k, round(v)])),
        },
        monthFolders: perPage(months),
        startAfterNearEnd: perPage(late),
      },
      null,
      2,
    ),
  );
};

await main();
