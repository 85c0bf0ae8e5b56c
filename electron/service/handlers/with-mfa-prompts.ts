import type { MethodName } from '../../../shared/contract';
import { withMfaPrompter } from '../../engine/aws/mfa-prompts';
import type { Handler, Handlers } from '../handler-context';

const prompting =
  <M extends MethodName>(handler: Handler<M>): Handler<M> =>
  (input, context) =>
    withMfaPrompter(
      (prompt) => context.emit('mfa.prompt', prompt),
      () => handler(input, context),
    );

/**
 * Every handler runs with its connection's MFA prompter: when credentials need a code while a
 * handler works (or a job it started, which keeps the handler's async context), the window that
 * asked is sent mfa.prompt and answers with mfa.answer. Set here once, for every method.
 */
export const withMfaPrompts = (handlers: Handlers): Handlers =>
  Object.fromEntries(
    Object.entries(handlers).map(([method, handler]) => [
      method,
      prompting(handler as Handler<MethodName>),
    ]),
  ) as Handlers;
