import { Unhandled } from './unhandled';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const HEX = /^#x[0-9a-fA-F]{1,6}$/;
const DEC = /^#[0-9]{1,7}$/;

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
    let char: string | undefined;
    if (HEX.test(body) || DEC.test(body)) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (code > 0xffff) throw new Unhandled('astral character reference');
      char = String.fromCharCode(code);
    } else {
      char = NAMED[body];
      if (char === undefined || !Object.hasOwn(NAMED, body)) throw new Unhandled('entity');
    }
    out += raw.slice(from, amp) + char;
    from = semi + 1;
  }
  return out + raw.slice(from);
};
