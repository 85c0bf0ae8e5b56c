import { Unhandled } from './unhandled';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const HEX = /^#x[0-9a-fA-F]{1,6}$/;
const DEC = /^#[0-9]{1,7}$/;

/** A numeric character reference's character, as the SDK reads the ones S3 sends. */
const numeric = (body: string): string => {
  if (!HEX.test(body) && !DEC.test(body)) throw new Unhandled('entity');
  const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (code > 0xffff) throw new Unhandled('astral character reference');
  return String.fromCharCode(code);
};

/**
 * Decode XML character references the way the SDK's parser (@aws-sdk/xml-builder) does for the
 * references S3 sends. Anything it would treat oddly (an unknown name, a bare &, a code point past
 * U+FFFF, which it truncates with String.fromCharCode) throws Unhandled, so the SDK decides.
 */
export const decodeEntities = (raw: string): string => {
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', from)) {
    const semi = raw.indexOf(';', amp);
    // The longest reference the SDK recognises is 33 characters (&, a 31-letter name, ;).
    if (semi === -1 || semi - amp > 32) throw new Unhandled('bare &');
    const body = raw.slice(amp + 1, semi);
    out += raw.slice(from, amp) + (Object.hasOwn(NAMED, body) ? NAMED[body]! : numeric(body));
    from = semi + 1;
  }
  return out + raw.slice(from);
};
