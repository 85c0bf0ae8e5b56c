import type { Shape } from './list-shapes';
import { ShapeReader } from './shape-reader';
import { Unhandled } from './unhandled';

// Root attributes may only declare namespaces: any other would become a member in the SDK's
// reading (it merges attributes into the element's object).
const ROOT_ATTRIBUTES = /^(?:\s+xmlns(?::[A-Za-z_][\w.-]*)?="[^"<&]*")*\s*$/;

const skipBlank = (x: string, from: number): number => {
  let i = from;
  while (i < x.length && ' \t\n'.includes(x[i]!)) i += 1;
  return i;
};

/**
 * A whole list response: an optional XML declaration, the root element with namespace
 * declarations only, the shape's members, nothing after. Returns null for anything else.
 */
export const readListDocument = (
  xml: string,
  root: string,
  shape: Shape,
): Record<string, unknown> | null => {
  // XML end-of-line handling, as the SDK's parser applies it to the whole text first: S3 writes a
  // CR in a key raw when encoding-type=url was not asked for. https://www.w3.org/TR/xml/#sec-line-ends
  const x = xml.includes('\r') ? xml.replace(/\r\n?/g, '\n') : xml;
  let i = skipBlank(x, 0);
  if (x.startsWith('<?xml', i)) {
    const end = x.indexOf('?>', i);
    if (end === -1) return null;
    i = skipBlank(x, end + 2);
  }
  if (!x.startsWith(`<${root}`, i)) return null;
  const gt = x.indexOf('>', i);
  if (gt === -1 || !ROOT_ATTRIBUTES.test(x.slice(i + root.length + 1, gt))) return null;
  const reader = new ShapeReader(x);
  reader.position = gt + 1;
  try {
    const body = reader.struct(shape, `</${root}>`);
    return skipBlank(x, reader.position) === x.length ? body : null;
  } catch (error) {
    if (error instanceof Unhandled) return null;
    throw error;
  }
};
