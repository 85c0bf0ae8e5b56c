import { describe, expect, it } from 'vitest';
import type { MfaPrompt } from '../../../../shared/contract';
import { answerMfa, askMfaCode } from '../../../../electron/engine/aws/mfa-prompts';
import type { HandlerContext, Handlers } from '../../../../electron/service/handler-context';
import { withMfaPrompts } from '../../../../electron/service/handlers/with-mfa-prompts';

const contextEmitting = (prompts: MfaPrompt[]): HandlerContext => ({
  signal: new AbortController().signal,
  connectionSignal: new AbortController().signal,
  progress: () => undefined,
  emit: (event, payload) => {
    if (event === 'mfa.prompt') prompts.push(payload as MfaPrompt);
  },
  mode: 'browser',
  connectionId: 'c1',
});

describe('withMfaPrompts', () => {
  it("asks an MFA code a handler's credentials need through that connection's mfa.prompt", async () => {
    const prompts: MfaPrompt[] = [];
    const handlers = withMfaPrompts({
      'regions.list': async () => {
        const code = await askMfaCode('dev', 'arn:aws:iam::123456789012:mfa/dev');
        return { regions: [{ name: code, enabled: true }] };
      },
    } as unknown as Handlers);
    const answer = handlers['regions.list']({ profile: 'dev' }, contextEmitting(prompts));
    await Promise.resolve();
    expect(prompts).toMatchObject([{ profile: 'dev' }]);
    expect(answerMfa(prompts[0]!.promptId, '123456')).toBe(true);
    expect(await answer).toMatchObject({ regions: [{ name: '123456' }] });
  });

  it('still asks for work a handler left running after it answered (an export job)', async () => {
    const prompts: MfaPrompt[] = [];
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let job: Promise<string> = Promise.resolve('');
    const handlers = withMfaPrompts({
      'export.cancel': async () => {
        job = gate.then(() => askMfaCode('dev', 'serial'));
        return { cancelled: false };
      },
    } as unknown as Handlers);
    await handlers['export.cancel']({ jobId: 'j' }, contextEmitting(prompts));
    expect(prompts).toHaveLength(0);
    release();
    await gate;
    expect(prompts).toHaveLength(1);
    answerMfa(prompts[0]!.promptId, '654321');
    expect(await job).toBe('654321');
  });
});
