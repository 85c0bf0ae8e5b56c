import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  getHomeDir,
  loadSharedConfigFiles,
  type ParsedIniData,
} from '@smithy/shared-ini-file-loader';
import type { ConfigFileProblem } from '../../../shared/contract';
import { registerSecret } from '../log/redact';

export interface ConfigFiles {
  configPath: string;
  credentialsPath: string;
  config: ParsedIniData;
  credentials: ParsedIniData;
  problems: ConfigFileProblem[];
}

// The same resolution as the SDK's loader, so the paths we name in messages are the ones it read.
export const configPath = (): string =>
  process.env.AWS_CONFIG_FILE || join(getHomeDir(), '.aws', 'config');
export const credentialsPath = (): string =>
  process.env.AWS_SHARED_CREDENTIALS_FILE || join(getHomeDir(), '.aws', 'credentials');

const SECTION = /^\[[^\]]+\]\s*([#;].*)?$/;
const PROPERTY = /^[^=\s[][^=]*=/;
// A key followed by a space, tab or ":" instead of "=": the key is named, the rest is the value.
const KEY_BEFORE_VALUE = /^([A-Za-z][A-Za-z0-9_.-]{0,63})(?:\s*:|\s)/;

/** What is wrong with a line that is neither a property nor a section, without its value. */
const describeLine = (line: string): string => {
  if (line.startsWith('[')) return 'a section header without its closing "]"';
  const key = KEY_BEFORE_VALUE.exec(line)?.[1];
  return key
    ? `the line with key ${JSON.stringify(key)} has no "=" between the key and its value`
    : 'a line without "key = value" (its text is not shown)';
};

/**
 * The SDK's ini parser silently skips lines it cannot read, which hides typos that the AWS CLI
 * refuses; this check names the file, line and key of each such line instead. It never quotes
 * a line's text: in the credentials file that text is a secret more often than not.
 */
export const findProblems = (file: string, text: string): ConfigFileProblem[] => {
  const problems: ConfigFileProblem[] = [];
  let inSection = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    const problem = (message: string) => problems.push({ file, line: index + 1, message });
    if (line.startsWith('[') && SECTION.test(line)) inSection = true;
    else if (/^\s/.test(raw) && inSection && !line.startsWith('[')) {
      // An indented line continues the previous property (nested s3 = ... settings).
    } else if (!PROPERTY.test(line)) problem(describeLine(line));
    else if (!inSection) problem('a property appears before any [section] header');
  });
  return problems;
};

const readProblems = async (file: string): Promise<ConfigFileProblem[]> => {
  try {
    return findProblems(file, await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    return [{ file, line: null, message: `cannot be read (${code ?? 'error'})` }];
  }
};

// Every credential the files hold is known to the redactor from the moment they are read, so an
// SDK or server message that echoes one never carries it further.
const CREDENTIAL_KEY = /access_key_id|secret|session_token|security_token/i;
const registerCredentials = (data: ParsedIniData) => {
  for (const section of Object.values(data)) {
    for (const [key, value] of Object.entries(section ?? {}))
      if (CREDENTIAL_KEY.test(key)) registerSecret(value);
  }
};

/** Both files freshly read (the SDK's own cache would hide edits made while the app runs). */
export const loadConfigFiles = async (): Promise<ConfigFiles> => {
  const files = { configPath: configPath(), credentialsPath: credentialsPath() };
  const [loaded, configProblems, credentialProblems] = await Promise.all([
    loadSharedConfigFiles({
      filepath: files.credentialsPath,
      configFilepath: files.configPath,
      ignoreCache: true,
    }),
    readProblems(files.configPath),
    readProblems(files.credentialsPath),
  ]);
  registerCredentials(loaded.configFile);
  registerCredentials(loaded.credentialsFile);
  return {
    ...files,
    config: loaded.configFile,
    credentials: loaded.credentialsFile,
    problems: [...configProblems, ...credentialProblems],
  };
};
