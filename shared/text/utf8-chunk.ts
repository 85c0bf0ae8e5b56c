// shared/ is typed by the language alone (no DOM, no Node types); both hosts have TextEncoder.
declare const TextEncoder: new () => {
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
};

const utf8 = new TextEncoder();

/**
 * UTF-8 bytes appended text by text into one growing buffer. Text built by concatenation is a
 * tree of pieces that must be copied flat before it can be encoded; encoding each small piece as
 * it is made skips that copy, which costs more than the encoding itself.
 */
export class Utf8Chunk {
  private buffer: Uint8Array;
  private length = 0;

  constructor(capacity: number) {
    this.buffer = new Uint8Array(Math.max(capacity, 1024));
  }

  append(text: string): void {
    // A UTF-16 code unit is at most three UTF-8 bytes, so this much room always suffices.
    const room = text.length * 3;
    if (this.length + room > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + room));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += utf8.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** Bytes written so far. */
  get byteLength(): number {
    return this.length;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
