/** Minimal XML writing for the response documents: escaping and element helpers. */

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A bare CR would be normalised to LF by any XML parser, so S3 sends it as a character reference.
  '\r': '&#13;',
};

export const escapeXml = (text: string): string => text.replace(/[&<>"'\r]/g, (c) => escapes[c]!);

/** `<name>text</name>` with the text escaped; nothing at all when the value is undefined. */
export const el = (name: string, value: string | number | boolean | undefined): string =>
  value === undefined ? '' : `<${name}>${escapeXml(String(value))}</${name}>`;

/** `<name>...</name>` around already-built children. */
export const wrap = (name: string, children: string): string => `<${name}>${children}</${name}>`;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
