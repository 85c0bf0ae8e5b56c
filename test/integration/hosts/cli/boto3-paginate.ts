import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./boto3_paginate.py', import.meta.url));

/** One paginated listing: boto3_paginate.py's input line. */
export interface Boto3Job {
  service: string;
  operation: string;
  params: object;
  /** boto3's PaginationConfig: PageSize, MaxItems, StartingToken. */
  config: object;
  /** The output member that holds the items, and the item field printed for each. */
  result: string;
  key: string;
}

/** The listed items' keys, and the paginator's resume token (null once it is done). */
export interface Boto3Pages {
  items: string[];
  next: string | null;
}

/**
 * What boto3's paginator lists for each job, from one run of the first python3 on PATH, whose
 * botocore is newer than Debian's. Endpoint, region and keys come from `env`.
 */
export const boto3Paginate = (jobs: Boto3Job[], env: Record<string, string>) =>
  new Promise<Boto3Pages[]>((resolve, reject) => {
    const child = execFile(
      'python3',
      [SCRIPT],
      { env: { ...process.env, ...env } },
      (error, stdout) =>
        error
          ? reject(error)
          : resolve(
              stdout
                .trim()
                .split('\n')
                .map((line) => JSON.parse(line) as Boto3Pages),
            ),
    );
    child.stdin!.end(jobs.map((job) => JSON.stringify(job)).join('\n') + '\n');
  });
