import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { ApiFailure, type MfaPrompt } from '../../../shared/contract';

type Prompter = (prompt: MfaPrompt) => void;

// Credentials resolve lazily inside the first SDK call of a request, far from the handler that
// knows which window to ask; the async context carries that window's prompter down to it.
const prompters = new AsyncLocalStorage<Prompter>();
const pending = new Map<string, (code: string | null) => void>();
const ANSWER_TIMEOUT_MS = 5 * 60_000;

/** Run `work` so that an MFA code it needs is asked through `prompter` (a UI event, a TTY). */
export const withMfaPrompter = <T>(prompter: Prompter, work: () => Promise<T>): Promise<T> =>
  prompters.run(prompter, work);

/** The mfaCodeProvider given to the SDK's assume-role provider. */
export const askMfaCode = (profile: string, serialNumber: string): Promise<string> => {
  const prompter = prompters.getStore();
  if (!prompter) {
    return Promise.reject(
      ApiFailure.of(
        'NO_CREDENTIALS',
        `Profile ${profile} needs an MFA code and nobody can be asked.`,
      ),
    );
  }
  const promptId = randomBytes(12).toString('base64url');
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => settle(null), ANSWER_TIMEOUT_MS);
    const settle = (code: string | null) => {
      clearTimeout(timer);
      pending.delete(promptId);
      if (code) resolve(code);
      else reject(ApiFailure.of('NO_CREDENTIALS', `No MFA code was given for profile ${profile}.`));
    };
    pending.set(promptId, settle);
    prompter({ promptId, profile, serialNumber });
  });
};

/** Answer a prompt (null declines it); false when no such prompt is waiting. */
export const answerMfa = (promptId: string, code: string | null): boolean => {
  const settle = pending.get(promptId);
  settle?.(code);
  return settle !== undefined;
};
