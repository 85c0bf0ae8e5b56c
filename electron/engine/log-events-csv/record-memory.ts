import { Buffer } from 'node:buffer';

/** Buffers kept for reuse at most: a listing holds a few pages' records at a time. */
const KEPT = 8;

/**
 * Memory for CSV records that is used again once they are written. A megabyte of fresh memory
 * per page made V8 count a quarter of a gigabyte of external memory over a million events, and
 * start a major garbage collection every few dozen pages for it; reused, the same few buffers
 * serve the whole listing.
 */
export class RecordMemory {
  private readonly free: ArrayBuffer[] = [];
  private readonly ours = new WeakSet<ArrayBuffer>();

  /** A buffer of at least `bytes`, its own memory (never Node's shared small-buffer pool). */
  readonly take = (bytes: number): Uint8Array => {
    const at = this.free.findIndex((memory) => memory.byteLength >= bytes);
    if (at >= 0) return new Uint8Array(this.free.splice(at, 1)[0]!);
    const made = Buffer.allocUnsafeSlow(bytes);
    this.ours.add(made.buffer as ArrayBuffer);
    return made;
  };

  /** Records (or any part of a buffer `take` gave) whose memory may be used again. */
  give(records: Uint8Array): void {
    const memory = records.buffer as ArrayBuffer;
    if (!this.ours.has(memory) || this.free.includes(memory)) return;
    if (this.free.length < KEPT) this.free.push(memory);
  }
}
