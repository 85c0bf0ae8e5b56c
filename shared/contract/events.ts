import { event } from './define';
import type { ExportFinished, ExportProgress } from './export';

/** Live counts of a view.page batch while it scans pages (filters scan many). */
export interface ViewStats {
  pages: number;
  scanned: number;
  matched: number;
  elapsedMs: number;
}

export interface MfaPrompt {
  promptId: string;
  profile: string;
  serialNumber: string;
}

/** Push events from the main side to the renderer, declared once like the methods. */
export const events = {
  'export.progress': event<ExportProgress>('Export progress, at most 4 times a second.'),
  'export.finished': event<ExportFinished>('An export ended: done, cancelled or failed.'),
  'mfa.prompt': event<MfaPrompt>('Credentials need an MFA code; answer with mfa.answer.'),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = NonNullable<Events[E]['payload']>;
export const eventNames = Object.keys(events) as EventName[];
