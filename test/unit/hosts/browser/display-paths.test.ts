import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '../../../../shared/contract';
import type { Connection, Dispatcher } from '../../../../electron/service/dispatcher';
import { displayPaths, withDisplayPaths } from '../../../../electron/hosts/browser/display-paths';

const home = '/home/alice';

describe('paths in browser-mode messages', () => {
  it('shows paths under the home folder from ~ and other absolute paths by their name', () => {
    expect(displayPaths('AWS config file /home/alice/.aws/config line 3: bad.', home)).toBe(
      'AWS config file ~/.aws/config line 3: bad.',
    );
    expect(displayPaths('Cannot write /tmp/pagescope-1000/job-7.csv.partial: EACCES', home)).toBe(
      'Cannot write job-7.csv.partial: EACCES',
    );
    expect(displayPaths("ENOENT: no such file or directory, open '/srv/app/x.json'", home)).toBe(
      "ENOENT: no such file or directory, open 'x.json'",
    );
    expect(displayPaths('C:\\Users\\alice\\.aws\\config line 2', home)).toBe('config line 2');
  });

  it('leaves URLs, S3 keys and AWS operation names alone', () => {
    for (const text of [
      'Access denied: s3:ListObjectsV2 on demo-photos/2024/01/.',
      'Could not reach http://127.0.0.1:4566/demo-big?list-type=2.',
      'Profile work uses endpoint https://s3.example.com/path.',
    ]) {
      expect(displayPaths(text, home)).toBe(text);
    }
  });

  it('rewrites the errors and config problems a dispatcher sends, and nothing else', async () => {
    const answers: Record<string, Result<unknown>> = {
      'profiles.list': ok({
        profiles: [{ name: '/home/alice/not-a-path-but-a-name' }],
        defaultProfile: 'Demo',
        problems: [{ file: '/home/alice/.aws/config', line: 2, message: 'bad line' }],
      }),
      'regions.list': fail('PROFILE_CONFIG', 'AWS config file /home/alice/.aws/config line 2.', {
        details: { file: '/home/alice/.aws/config', line: 2 },
      }),
    };
    const events: unknown[] = [];
    const inner: Dispatcher = {
      call: async (method, _input, connection) => {
        connection.emit('export.finished', {
          jobId: 'j',
          status: 'failed',
          rows: 0,
          bytes: 0,
          path: null,
          error: fail('INTERNAL', 'Cannot write /var/tmp/x/out.csv.partial').error,
        });
        return answers[method as string]!;
      },
      cancel: () => undefined,
      closeConnection: () => undefined,
    };
    const connection: Connection = {
      id: 'c',
      mode: 'browser',
      emit: (_event, payload) => events.push(payload),
      progress: () => undefined,
    };
    const dispatcher = withDisplayPaths(inner, home);
    expect(await dispatcher.call('profiles.list', {}, connection)).toEqual(
      ok({
        profiles: [{ name: '/home/alice/not-a-path-but-a-name' }],
        defaultProfile: 'Demo',
        problems: [{ file: '~/.aws/config', line: 2, message: 'bad line' }],
      }),
    );
    expect(await dispatcher.call('regions.list', {}, connection)).toEqual(
      fail('PROFILE_CONFIG', 'AWS config file ~/.aws/config line 2.', {
        details: { file: '~/.aws/config', line: 2 },
      }),
    );
    expect(events[0]).toMatchObject({ error: { message: 'Cannot write out.csv.partial' } });
  });
});
