import { createInterface } from 'node:readline/promises';
import type { MfaPrompt } from '../../../shared/contract';
import { answerMfa } from '../../engine/aws/mfa-prompts';
import type { CliIo } from './cli-io';

/** Asks an MFA code on the terminal; without one (a pipe, CI) the prompt is declined. */
export const askMfaOnTerminal =
  (io: CliIo) =>
  (prompt: MfaPrompt): void => {
    if (!process.stdin.isTTY) {
      answerMfa(prompt.promptId, null);
      return;
    }
    const rl = createInterface({ input: process.stdin, output: io.stderr });
    void rl
      .question(`MFA code for ${prompt.serialNumber} (profile ${prompt.profile}): `, {
        signal: io.signal,
      })
      .then(
        (code) => answerMfa(prompt.promptId, /^\d{6}$/.test(code.trim()) ? code.trim() : null),
        () => answerMfa(prompt.promptId, null),
      )
      .finally(() => rl.close());
  };
