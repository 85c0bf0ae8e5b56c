import type { z } from 'zod';

/** A one-line, bounded description of why input failed its schema (no echo of huge values). */
export const describeZodError = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(input)'}: ${issue.message}`)
    .join('; ')
    .slice(0, 500);
