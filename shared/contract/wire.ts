import { z } from 'zod';
import type { Result } from './api-error';

/**
 * Browser-mode WebSocket frames. The Electron path uses ipcRenderer.invoke with the same
 * method names, so only the framing differs between the two transports.
 */
export const wireRequestSchema = z
  .object({
    id: z.number().int().nonnegative(),
    method: z.string().max(64),
    input: z.unknown().optional(),
  })
  .strict();
export type WireRequest = z.infer<typeof wireRequestSchema>;

export type WireMessage =
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'event'; event: string; payload: unknown };

/** IPC channel prefix for Electron; one channel per contract method. */
export const ipcChannel = (method: string): string => `pagescope:${method}`;
export const ipcEventChannel = 'pagescope:event';
