/** Minimal XML writing for the response documents: escaping and element helpers. */

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A bare CR would be normalised to LF by any XML parser, so it goes out as a character
  // reference. Key text in S3 listings is written as S3 writes it instead (s3/key-xml.ts).
  '\r': '&#13;',
};

const special = /[&<>"'\r]/;
const specials = /[&<>"'\r]/g;

// Most text has nothing to escape; testing first spares a replace (and its garbage) per element.
export const escapeXml = (text: string): string =>
  special.test(text) ? text.replace(specials, (c) => escapes[c]!) : text;

/** `<name>text</name>` with the text escaped; nothing at all when the value is undefined. */
export const el = (name: string, value: string | number | boolean | undefined): string =>
  value === undefined
    ? ''
    : `<${name}>${typeof value === 'string' ? escapeXml(value) : String(value)}</${name}>`;

/** `<name>...</name>` around already-built children. */
export const wrap = (name: string, children: string): string => `<${name}>${children}</${name}>`;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
