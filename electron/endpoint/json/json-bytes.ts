const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');
const ZERO = 0x30;

/** Decimal digits of an integer in [0, 1e8), by a binary search of the powers of ten. */
const smallDigitCount = (n: number): number => {
  if (n < 1e4) return n < 1e2 ? (n < 1e1 ? 1 : 2) : n < 1e3 ? 3 : 4;
  return n < 1e6 ? (n < 1e5 ? 5 : 6) : n < 1e7 ? 7 : 8;
};

/** Decimal digits of a non-negative safe integer. */
const digitCount = (n: number): number =>
  n < 1e8 ? smallDigitCount(n) : smallDigitCount(Math.floor(n / 1e8)) + 8;

/** "00" to "99": two digits per division. */
const DIGIT_PAIRS = Buffer.from(
  Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0')).join(''),
  'latin1',
);

/** Writes an integer in [0, 1e8), zero-padded to `width` digits, to end at buffer[end - 1]. */
const writeSmall = (buffer: Uint8Array, end: number, n: number, width: number): void => {
  let rest = n;
  let at = end;
  while (rest >= 10) {
    const hundreds = (rest / 100) | 0;
    const pair = (rest - hundreds * 100) * 2;
    buffer[--at] = DIGIT_PAIRS[pair + 1]!;
    buffer[--at] = DIGIT_PAIRS[pair]!;
    rest = hundreds;
  }
  if (rest > 0 || at === end) buffer[--at] = ZERO + rest;
  while (at > end - width) buffer[--at] = ZERO;
};

/**
 * Writes a non-negative safe integer, zero-padded to `width` (at least its digits), to end at
 * buffer[end - 1]. A safe integer has at most 16 digits: as two halves below 1e8, its digits come
 * from integer arithmetic instead of floating-point remainders.
 */
const writePadded = (buffer: Uint8Array, end: number, n: number, width: number): void => {
  if (n < 1e8) return writeSmall(buffer, end, n, width);
  const high = Math.floor(n / 1e8);
  writeSmall(buffer, end, n - high * 1e8, 8);
  writeSmall(buffer, end - 8, high, width - 8);
};

/**
 * Memory of pages the server has sent, for the next pages: a fresh megabyte is faulted in by the
 * kernel 4 KB at a time as it is first written, which costs more than writing the page itself.
 */
const spares: ArrayBuffer[] = [];
/** Spare-able memory now holding a body that has not been sent yet. */
const lent = new WeakSet<ArrayBuffer>();
const MAX_SPARES = 4;
/** Smaller buffers come from Node's shared slab, which other buffers use too. */
const SPARE_MIN_BYTES = 64 * 1024;

const bufferOf = (capacity: number): Buffer => {
  if (capacity < SPARE_MIN_BYTES) return Buffer.allocUnsafe(capacity);
  const spare = spares.pop();
  // Unzeroed: every byte up to `length` is written before it is read.
  const memory =
    spare && spare.byteLength >= capacity ? spare : Buffer.allocUnsafeSlow(capacity).buffer;
  lent.add(memory);
  return Buffer.from(memory);
};

/**
 * Takes back the memory of a body JsonBytes wrote, once the server has handed every byte of it to
 * the socket; any other body is left alone. Nothing may read the body afterwards.
 */
export const recycleBody = (body: Uint8Array): void => {
  const memory = body.buffer;
  if (!(memory instanceof ArrayBuffer) || !lent.delete(memory)) return;
  if (spares.length < MAX_SPARES) spares.push(memory);
};

/**
 * Pre-encoded text to write into a JSON string as it is: printable ASCII without `"` or `\`, so
 * that it needs no escaping and its byte count equals its JSON.stringify length.
 */
export const plainAscii = (text: string): Uint8Array => {
  if (!/^[\x20-\x7e]*$/.test(text) || /["\\]/.test(text)) {
    throw new Error(`not plain ASCII: ${JSON.stringify(text)}`);
  }
  return Buffer.from(text, 'latin1');
};

/**
 * A response body written as bytes in place. Numbers and hex digits are stored digit by digit and
 * fixed text is copied from pre-encoded bytes, so a page of a million-event listing builds no
 * string per event; a string costs more to build and flatten than to encode.
 * The HTTP response still reads the body after the handler has returned: a page's memory serves
 * another page only once the server has sent it and given it back (recycleBody).
 */
export class JsonBytes {
  private buffer: Buffer;
  /** Bytes written so far; setting it lower drops what was written after that point. */
  length = 0;

  constructor(capacity: number) {
    this.buffer = bufferOf(Math.max(capacity, 1024));
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = bufferOf(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  /** Bytes as they are (pre-encoded text). */
  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Text as UTF-8, unescaped. */
  text(text: string): void {
    this.room(text.length * 3);
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  /** `n` as String(n) writes it. */
  integer(n: number): void {
    if (n >= 0 && Number.isSafeInteger(n)) this.digits(n, digitCount(n));
    else this.text(String(n));
  }

  /** `n` as String(n).padStart(width, '0') writes it. */
  zeroPadded(n: number, width: number): void {
    // Every safe integer fits 16 digits.
    if (n >= 0 && Number.isSafeInteger(n) && (width >= 16 || digitCount(n) <= width)) {
      this.digits(n, width);
    } else {
      this.text(String(n).padStart(width, '0'));
    }
  }

  private digits(n: number, width: number): void {
    this.room(width);
    writePadded(this.buffer, (this.length += width), n, width);
  }

  /** The 8 lowercase hex digits of a uint32. */
  hex32(h: number): void {
    this.room(8);
    const { buffer } = this;
    for (let shift = 28; shift >= 0; shift -= 4) {
      buffer[this.length++] = HEX_DIGITS[(h >>> shift) & 15]!;
    }
  }

  /** What was written from `start` to `end`, read as the ASCII it is. */
  ascii(start: number, end: number): string {
    return this.buffer.toString('latin1', start, end);
  }

  /** The body: a view of the bytes written, not a copy. */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}
