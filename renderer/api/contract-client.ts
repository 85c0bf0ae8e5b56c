import {
  contract,
  fail,
  isCallId,
  type CallOptions,
  type ContractBridge,
  type ContractClient,
  type MethodName,
  type Result,
} from '../../shared/contract';

/**
 * The contract's functions over a host's bridge: each call gets a fresh id, its AbortSignal
 * becomes a cancel for that id, and progress reports tagged with it go to its onProgress.
 */
export const createContractClient = (bridge: ContractBridge): ContractClient => {
  let nextCallId = 1;
  const progressOf = new Map<number, (progress: unknown) => void>();
  bridge.onProgress((callId, progress) => {
    if (isCallId(callId)) progressOf.get(callId)?.(progress);
  });

  const call = async (
    method: MethodName,
    input: unknown,
    options: CallOptions<unknown> = {},
  ): Promise<Result<unknown>> => {
    const { signal, onProgress } = options;
    if (signal?.aborted) return fail('CANCELLED', 'Cancelled.');
    const callId = nextCallId++;
    const cancel = () => bridge.cancel(callId);
    if (onProgress) progressOf.set(callId, onProgress);
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      const send = bridge[method] as (input: unknown, callId: number) => Promise<Result<unknown>>;
      return await send(input ?? {}, callId);
    } finally {
      signal?.removeEventListener('abort', cancel);
      progressOf.delete(callId);
    }
  };

  const functions = Object.fromEntries(
    (Object.keys(contract) as MethodName[]).map((method) => [
      method,
      (input: unknown, options?: CallOptions<unknown>) => call(method, input, options),
    ]),
  );
  return { ...functions, on: bridge.on } as ContractClient;
};
