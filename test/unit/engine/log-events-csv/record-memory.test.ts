import { describe, expect, it } from 'vitest';
import { RecordMemory } from '../../../../electron/engine/log-events-csv/record-memory';

describe('RecordMemory', () => {
  it('gives written memory out again, to a request it is large enough for', () => {
    const memory = new RecordMemory();
    const first = memory.take(1000);
    expect(first.byteLength).toBeGreaterThanOrEqual(1000);
    // Taken and not given back: a second request gets other memory.
    const second = memory.take(1000);
    expect(second.buffer).not.toBe(first.buffer);
    memory.give(first.subarray(0, 10));
    expect(memory.take(2000).buffer).not.toBe(first.buffer);
    expect(memory.take(500).buffer).toBe(first.buffer);
  });

  it('keeps only its own memory, once', () => {
    const memory = new RecordMemory();
    const foreign = new Uint8Array(4096);
    memory.give(foreign);
    expect(memory.take(100).buffer).not.toBe(foreign.buffer);
    const own = memory.take(100);
    memory.give(own);
    memory.give(own);
    expect(memory.take(100).buffer).toBe(own.buffer);
    expect(memory.take(100).buffer).not.toBe(own.buffer);
  });
});
