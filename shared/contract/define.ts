import type { z } from 'zod';

/**
 * A method of the contract: its input is checked at runtime (zod) where it arrives; its output
 * is a type only, because the main side produces it and the renderer trusts its own main side.
 */
export interface MethodDescriptor<I extends z.ZodType, O, P = never> {
  readonly input: I;
  /** Phantom field carrying the output type; never read at runtime. */
  readonly output?: O;
  /** Phantom field carrying the type of the call's progress reports (never: it has none). */
  readonly progress?: P;
  readonly summary: string;
}

/** A method answering O, reporting P to its caller while it runs (`onProgress`). */
export const method = <O, P = never>() => {
  return <I extends z.ZodType>(input: I, summary: string): MethodDescriptor<I, O, P> => ({
    input,
    summary,
  });
};

/** A push event from the main side; the payload type is phantom like a method's output. */
export interface EventDescriptor<P> {
  readonly payload?: P;
  readonly summary: string;
}

export const event = <P>(summary: string): EventDescriptor<P> => ({ summary });
