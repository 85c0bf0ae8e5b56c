import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Pure checks for browser mode's HTTP and WebSocket requests. The host binds 127.0.0.1 only; these
 * refuse what could still reach it from a browser: other sites (Origin), DNS rebinding (Host),
 * and anything without the per-run token.
 */

/** Constant-time comparison; hashing first makes both sides the same length. */
export const tokenMatches = (expected: string, given: string | null | undefined): boolean => {
  if (typeof given !== 'string') return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
};

export const allowedHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

export const hostAllowed = (host: string | undefined, port: number): boolean =>
  host !== undefined && allowedHosts(port).includes(host.toLowerCase());

/** Browsers always send Origin on WebSocket handshakes; a non-browser client may omit it. */
export const originAllowed = (origin: string | undefined, port: number): boolean =>
  origin === undefined || allowedHosts(port).some((host) => origin === `http://${host}`);

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403 | 421; reason: string };

/**
 * A request is the page's when its Host and Origin are the host's own and it carries the token
 * (in the URL) or the session secret (in the session cookie).
 */
export const checkRequest = (
  request: {
    host: string | undefined;
    origin: string | undefined;
    token: string | null;
    session?: string | null;
  },
  expected: { port: number; token: string; session?: string },
): GuardVerdict => {
  if (!hostAllowed(request.host, expected.port)) {
    return { ok: false, status: 421, reason: 'Host not allowed' };
  }
  if (!originAllowed(request.origin, expected.port)) {
    return { ok: false, status: 403, reason: 'Origin not allowed' };
  }
  const session = expected.session !== undefined && tokenMatches(expected.session, request.session);
  if (!session && !tokenMatches(expected.token, request.token)) {
    return { ok: false, status: 401, reason: 'Missing or wrong token' };
  }
  return { ok: true };
};
