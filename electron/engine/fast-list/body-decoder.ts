import type { HandlerExecutionContext, InitializeHandler, MiddlewareStack } from '@smithy/types';

/**
 * Reads a successful response body another way than the protocol would (log events straight
 * into CSV records): the command's output, or null to leave the body to the protocol.
 */
export type BodyDecoder = (bytes: Uint8Array) => Promise<Record<string, unknown> | null>;

/** Where a command carries its decoder to the protocol (the context the deserializer is given). */
const KEY = 'pagescopeBodyDecoder';

/** Has one command's response body read by `decoder` (fast-logs-protocol.ts asks for it). */
export const decodeBodyWith = (
  stack: MiddlewareStack<object, object>,
  decoder: BodyDecoder,
): void => {
  stack.add(
    (next: InitializeHandler<object, object>, context: HandlerExecutionContext) => (args) => {
      (context as Record<string, unknown>)[KEY] = decoder;
      return next(args);
    },
    { step: 'initialize', name: KEY },
  );
};

/** The decoder a command was given, if any. */
export const bodyDecoderOf = (context: object): BodyDecoder | null => {
  const decoder = (context as Record<string, unknown>)[KEY];
  return typeof decoder === 'function' ? (decoder as BodyDecoder) : null;
};
