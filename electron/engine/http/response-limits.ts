/** What one HTTP response from a service may cost PageScope before it gives up on it. */
export interface ResponseLimits {
  /** Bytes of one response body. */
  maxBytes: number;
  /** Time without a byte from the server (before the headers or within the body). */
  idleMs: number;
  /** Time from sending the request to the body's last byte. */
  deadlineMs: number;
}

/**
 * S3 answers a full ListObjectsV2 page (1,000 keys) in well under 1 MB and an EC2 page in a few;
 * 64 MB leaves room for any real answer while a runaway body stops long before it fills memory.
 */
export const DEFAULT_RESPONSE_LIMITS: ResponseLimits = {
  maxBytes: 64 * 2 ** 20,
  idleMs: 30_000,
  deadlineMs: 120_000,
};

/** The environment variable that sets each limit, in the unit it is given in. */
export const LIMIT_VARIABLES = {
  maxBytes: { name: 'PAGESCOPE_MAX_RESPONSE_MB', unit: 2 ** 20 },
  idleMs: { name: 'PAGESCOPE_IDLE_TIMEOUT_S', unit: 1000 },
  deadlineMs: { name: 'PAGESCOPE_REQUEST_DEADLINE_S', unit: 1000 },
} as const satisfies Record<keyof ResponseLimits, { name: string; unit: number }>;

const positive = (text: string | undefined): number | null => {
  if (text === undefined || !/^\d+(\.\d+)?$/.test(text.trim())) return null;
  const value = Number(text);
  return value > 0 ? value : null;
};

/** The limits, each from its environment variable when that holds a positive number. */
export const responseLimitsFrom = (env: Record<string, string | undefined>): ResponseLimits => {
  const limits = { ...DEFAULT_RESPONSE_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as Array<keyof ResponseLimits>) {
    const { name, unit } = LIMIT_VARIABLES[key];
    const value = positive(env[name]);
    if (value !== null) limits[key] = Math.round(value * unit);
  }
  return limits;
};
