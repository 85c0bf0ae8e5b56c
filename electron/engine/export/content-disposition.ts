/** A file name safe on every OS and in a header: no separators, controls, or reserved marks. */
export const safeFileName = (name: string | null | undefined, fallback = 'export.csv'): string => {
  // eslint-disable-next-line no-control-regex
  const cleaned = (name ?? '').replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_').trim();
  const bounded = cleaned.slice(0, 200);
  return bounded === '' || /^\.+$/.test(bounded) ? fallback : bounded;
};

// RFC 5987 attr-char excludes ' ( ) * which encodeURIComponent leaves alone.
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * Content-Disposition for a download (RFC 6266): an ASCII fallback for old clients and the exact
 * UTF-8 name in filename*, which every current browser prefers.
 */
export const attachmentHeader = (name: string): string => {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`;
};
