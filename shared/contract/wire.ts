import { z } from 'zod';
import type { Result } from './api-error';

const callId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/**
 * Browser-mode WebSocket frames from the page: a call, or the cancel of a running call. The
 * Electron path carries the same over ipcRenderer (a channel per method, one for cancel).
 */
export const wireRequestSchema = z.union([
  z
    .object({
      id: callId,
      method: z.string().max(64),
      input: z.unknown().optional(),
    })
    .strict(),
  z.object({ cancel: callId }).strict(),
]);
export type WireRequest = z.infer<typeof wireRequestSchema>;

export type WireMessage =
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'progress'; id: number; progress: unknown }
  | { kind: 'event'; event: string; payload: unknown };
