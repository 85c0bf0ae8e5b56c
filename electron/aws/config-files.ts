import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  getHomeDir,
  loadSharedConfigFiles,
  type ParsedIniData,
} from '@smithy/shared-ini-file-loader';
import type { ConfigFileProblem } from '../../shared/contract';

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

/**
 * The SDK's ini parser silently skips lines it cannot read, which hides typos that the AWS CLI
 * refuses; this check names the file and line of each such line instead.
 */
export const findProblems = (file: string, text: string): ConfigFileProblem[] => {
  const problems: ConfigFileProblem[] = [];
  let inSection = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    const problem = (message: string) => problems.push({ file, line: index + 1, message });
    if (line.startsWith('[')) {
      if (SECTION.test(line)) inSection = true;
      else problem(`malformed section header ${JSON.stringify(line.slice(0, 80))}`);
    } else if (/^\s/.test(raw) && inSection) {
      // An indented line continues the previous property (nested s3 = ... settings).
    } else if (!PROPERTY.test(line)) {
      problem(`expected "key = value" or "[section]", found ${JSON.stringify(line.slice(0, 80))}`);
    } else if (!inSection) {
      problem('a property appears before any [section] header');
    }
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
  return {
    ...files,
    config: loaded.configFile,
    credentials: loaded.credentialsFile,
    problems: [...configProblems, ...credentialProblems],
  };
};
