/**
 * Headers on every browser-mode response. The CSP is renderer/index.html's meta tag plus what only
 * a header can say; it is a header too because that also covers responses other than the page.
 * No Access-Control-* header is ever sent: other origins get nothing readable.
 */
export const metaContentSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

// frame-ancestors works only as a header: a <meta> policy ignores it and the console says so
// (https://www.w3.org/TR/CSP3/#meta-element), so the meta tag leaves it out.
export const contentSecurityPolicy = `${metaContentSecurityPolicy}; frame-ancestors 'none'`;

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
