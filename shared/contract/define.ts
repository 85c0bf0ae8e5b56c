import type { z } from 'zod';

/**
 * A method of the contract: its input is checked at runtime (zod) where it arrives; its output
 * is a type only, because the main side produces it and the renderer trusts its own main side.
 */
export interface MethodDescriptor<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom field carrying the output type; never read at runtime. */
  readonly output?: O;
  readonly summary: string;
}

export const method = <O>() => {
  return <I extends z.ZodType>(input: I, summary: string): MethodDescriptor<I, O> => ({
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
