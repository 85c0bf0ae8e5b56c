import { homedir } from 'node:os';
import type { ApiError, ConfigFileProblem, EventName, Result } from '../../../shared/contract';
import type { Connection, Dispatcher } from '../../service/dispatcher';

// An absolute path that starts a word: not the slashes inside a URL, an S3 key or `s3:Op`.
const POSIX_PATH = /(?<![\w:/.~\\-])\/[^\s'"`,;:()<>]+/g;
const WINDOWS_PATH = /(?<![\w])[A-Za-z]:\\[^\s'"`,;:()<>]+/g;

const shorten = (path: string, home: string): string => {
  const trailing = /\.+$/.exec(path)?.[0] ?? '';
  const bare = path.slice(0, path.length - trailing.length);
  if (home && (bare === home || bare.startsWith(`${home}/`))) {
    return `~${bare.slice(home.length)}${trailing}`;
  }
  return (bare.split(/[\\/]/).pop() ?? '') + trailing;
};

/**
 * A message as browser mode shows it: paths under the home folder from `~`, any other absolute
 * path by its last segment, so a page never learns the machine's folder layout.
 */
export const displayPaths = (text: string, home: string): string =>
  text
    .replace(POSIX_PATH, (path) => shorten(path, home))
    .replace(WINDOWS_PATH, (path) => shorten(path, home));

const errorWithDisplayPaths = (error: ApiError, home: string): ApiError => ({
  ...error,
  message: displayPaths(error.message, home),
  ...(error.details
    ? {
        details: Object.fromEntries(
          Object.entries(error.details).map(([key, value]) => [
            key,
            typeof value === 'string' ? displayPaths(value, home) : value,
          ]),
        ),
      }
    : {}),
});

const problemsWithDisplayPaths = (value: unknown, home: string): unknown => {
  const list = value as { problems?: ConfigFileProblem[] } | null;
  if (!list || !Array.isArray(list.problems)) return value;
  return {
    ...list,
    problems: list.problems.map((p) => ({
      ...p,
      file: displayPaths(p.file, home),
      message: displayPaths(p.message, home),
    })),
  };
};

/**
 * Browser mode's dispatcher: the same calls, with paths in error messages, their details and
 * config-file problems shortened (displayPaths). Rows and names are data and pass unchanged.
 */
export const withDisplayPaths = (inner: Dispatcher, home: string = homedir()): Dispatcher => ({
  closeConnection: (id) => inner.closeConnection(id),
  cancel: (id, callId) => inner.cancel(id, callId),
  call: async (method, input, connection, callId) => {
    const shown: Connection = {
      ...connection,
      emit: (event, payload) => {
        const error = (payload as { error?: ApiError | null }).error;
        const name: EventName = event;
        connection.emit(
          name,
          error ? { ...payload, error: errorWithDisplayPaths(error, home) } : payload,
        );
      },
    };
    const result: Result<unknown> = await inner.call(method, input, shown, callId);
    if (!result.ok) return { ok: false, error: errorWithDisplayPaths(result.error, home) };
    return method === 'profiles.list'
      ? { ok: true, value: problemsWithDisplayPaths(result.value, home) }
      : result;
  },
});
