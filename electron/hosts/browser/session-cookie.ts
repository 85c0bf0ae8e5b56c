/**
 * Browser mode's session cookie. The page's first load carries the token in its URL; the host
 * answers with this cookie so that the built assets, a reload and the socket are checked too,
 * once the page has moved the token out of its address bar (renderer/api/client.ts).
 *
 * HttpOnly keeps it from the page's scripts, SameSite=Strict from requests other sites start
 * (https://developer.mozilla.org/en-US/docs/Web/HTTP/Cookies#controlling_third-party_cookies_with_samesite).
 * Cookies do not tell ports apart, so the name carries the port: two hosts never overwrite each
 * other's. Its value is a second random secret, not the token.
 */
export const sessionCookieName = (port: number): string => `pagescope-session-${port}`;

export const sessionCookieHeader = (port: number, value: string): string =>
  `${sessionCookieName(port)}=${value}; HttpOnly; SameSite=Strict; Path=/`;

/** The cookie's value in a request's Cookie header, or null. */
export const sessionCookieValue = (
  cookieHeader: string | undefined,
  port: number,
): string | null => {
  if (!cookieHeader) return null;
  const name = sessionCookieName(port);
  for (const part of cookieHeader.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
};
