import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/hosts/cli/run-cli';
import { useLocalProfile } from '../../engine/paging/engine-harness';
import { sendXml, startHostileServer } from '../../engine/http/hostile-s3-server';

/** Keys as a server may send them (URL-encoded, so any byte can be in them), in S3's order. */
const KEYS = ['=HYPERLINK("http://x")', 'clear\x1b[2J\x1b]0;owned\x07', 'over\rwrite', 'plain'];
const listing = () =>
  '<ListBucketResult><Name>b</Name><IsTruncated>false</IsTruncated><EncodingType>url</EncodingType>' +
  KEYS.map(
    (k) =>
      `<Contents><Key>${encodeURIComponent(k)}</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified><Size>1</Size></Contents>`,
  ).join('') +
  '</ListBucketResult>';

let server: Awaited<ReturnType<typeof startHostileServer>>;
beforeAll(async () => {
  server = await startHostileServer((req, res) => {
    if (req.query.get('prefix') === 'fail')
      return sendXml(
        res,
        '<Error><Code>Weird</Code><Message>no\x1b[31m red\rhere</Message></Error>',
        400,
      );
    sendXml(res, listing());
  });
  await useLocalProfile(server.url);
});
afterAll(() => server.stop());

/** `pagescope ARGS` with stdout and stderr that say whether they are terminals. */
const run = async (args: string[], tty: boolean) => {
  const streams = [new PassThrough(), new PassThrough()].map((stream) => {
    let text = '';
    stream.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    Object.assign(stream, { isTTY: tty });
    return { stream, text: () => text };
  });
  const [stdout, stderr] = streams as [(typeof streams)[0], (typeof streams)[0]];
  const code = await runCli(
    ['list', 's3-objects', '--profile', 'local', '--bucket', 'b', ...args],
    {
      stdout: stdout.stream,
      stderr: stderr.stream,
      signal: new AbortController().signal,
    },
  );
  return { code, stdout: stdout.text(), stderr: stderr.text() };
};

describe('values and messages on a terminal', () => {
  it('shows control characters in keys escaped, with --output text, csv and jsonl', async () => {
    for (const output of ['text', 'csv', 'jsonl']) {
      const { stdout } = await run(['--output', output], true);
      const lines = stdout.replaceAll('\r\n', '\n');
      expect([...lines].filter((c) => c < ' ' && c !== '\n' && c !== '\t')).toEqual([]);
      expect(lines).not.toContain('\\r\n');
      expect(stdout).toContain('over\\rwrite');
      expect(stdout).toMatch(/clear\\(x1b|u001b)\[2J/);
    }
  });

  it('shows a server message escaped on stderr', async () => {
    const { code, stderr } = await run(['--prefix', 'fail'], true);
    expect(code).toBe(1);
    expect(stderr).toContain('no\\x1b[31m red');
    expect(stderr).not.toContain('\x1b');
  });

  it('keeps piped output byte for byte', async () => {
    const { stdout } = await run(['--output', 'text', '--no-formula-guard'], false);
    expect(stdout.split('\n').map((line) => line.split('\t')[0])).toEqual([...KEYS, '']);
  });
});

describe('list --output csv', () => {
  it('guards formulas as export does', async () => {
    const { stdout } = await run(['--output', 'csv'], false);
    expect(stdout).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('guards them in a --query result too, header included', async () => {
    const query = ['--query', 'Contents[].{"=h": Key}', '--output', 'csv'];
    const { stdout } = await run(query, false);
    expect(stdout.split('\r\n').slice(0, 2)).toEqual([`'=h`, `"'=HYPERLINK(""http://x"")"`]);
    const raw = await run([...query, '--no-formula-guard'], false);
    expect(raw.stdout.split('\r\n').slice(0, 2)).toEqual(['=h', `"=HYPERLINK(""http://x"")"`]);
  });

  it('keeps them with --no-formula-guard', async () => {
    const { stdout } = await run(['--output', 'csv', '--no-formula-guard'], false);
    expect(stdout).toContain(`"=HYPERLINK(""http://x"")"`);
  });
});
