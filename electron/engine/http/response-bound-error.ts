import { LIMIT_VARIABLES, type ResponseLimits } from './response-limits';

export type ResponseBound = 'too-large' | 'idle' | 'deadline' | 'too-deep';

/** XML nesting PageScope reads; AWS's deepest answers (EC2's) nest about a dozen levels. */
export const MAX_XML_DEPTH = 100;

const seconds = (ms: number): string => `${ms / 1000} s`;
const mebibytes = (bytes: number): string => `${+(bytes / 2 ** 20).toFixed(3)} MiB`;

const describe = (bound: ResponseBound, limits: ResponseLimits): string => {
  switch (bound) {
    case 'too-large':
      return `the response was larger than ${mebibytes(limits.maxBytes)}, the most PageScope reads from one response (${LIMIT_VARIABLES.maxBytes.name} raises it)`;
    case 'idle':
      return `no data from the server for ${seconds(limits.idleMs)} (${LIMIT_VARIABLES.idleMs.name})`;
    case 'deadline':
      return `the response took longer than ${seconds(limits.deadlineMs)} (${LIMIT_VARIABLES.deadlineMs.name})`;
    case 'too-deep':
      return `the response holds XML nested deeper than ${MAX_XML_DEPTH} levels, which PageScope does not read`;
  }
};

/** A response stopped because it went past one of PageScope's limits (response-limits.ts). */
export class ResponseBoundError extends Error {
  constructor(
    readonly bound: ResponseBound,
    limits: ResponseLimits,
  ) {
    super(describe(bound, limits));
    this.name = 'ResponseBoundError';
  }

  /** Waiting longer may help; a body that was too big or too deep will be so again. */
  get retryable(): boolean {
    return this.bound === 'idle' || this.bound === 'deadline';
  }
}
