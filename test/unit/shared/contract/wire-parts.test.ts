import { describe, expect, it } from 'vitest';
import {
  createPartAssembler,
  framesOf,
  MAX_FRAME_BYTES,
  type WireMessage,
  type WirePart,
} from '../../../../shared/contract';

const roundTrip = (message: WireMessage) => {
  const frames = framesOf(message);
  const assemble = createPartAssembler();
  const out = frames.map((f) => assemble(JSON.parse(f) as WireMessage | WirePart));
  return { frames, out };
};

describe('framesOf and the part assembler', () => {
  it('sends a small message as one frame', () => {
    const message: WireMessage = { kind: 'event', event: 'e', payload: { a: 1 } };
    expect(roundTrip(message)).toEqual({ frames: [JSON.stringify(message)], out: [message] });
  });

  it('splits the worst text (escaped controls, surrogate pairs) under the frame cap', () => {
    const payload = '\x1b'.repeat(300_000) + '😀'.repeat(300_000) + '"\\';
    const message: WireMessage = { kind: 'event', event: 'e', payload };
    const { frames, out } = roundTrip(message);
    expect(frames.length).toBeGreaterThan(1);
    for (const f of frames) expect(Buffer.byteLength(f)).toBeLessThanOrEqual(MAX_FRAME_BYTES);
    expect(out.slice(0, -1).every((m) => m === null)).toBe(true);
    expect(out.at(-1)).toEqual(message);
  });
});
