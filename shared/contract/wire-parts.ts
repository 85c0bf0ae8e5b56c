import type { WireMessage } from './wire';

/**
 * The most bytes one WebSocket frame carries towards the page, so that a message a server made
 * huge (a page of very long keys) never arrives as one giant frame.
 */
export const MAX_FRAME_BYTES = 1024 * 1024;

/**
 * Characters of a message per part. JSON writes one character as at most 6 bytes (`\u001b`),
 * and a UTF-16 unit as at most 3 bytes of UTF-8, so a part frame stays under MAX_FRAME_BYTES.
 */
const PART_CHARS = Math.floor((MAX_FRAME_BYTES - 64) / 6);

/** A slice of a message's JSON text; the parts of one message are sent back to back. */
export interface WirePart {
  kind: 'part';
  text: string;
  last: boolean;
}

/** The frames that carry one message: itself when small, else its text in parts. */
export const framesOf = (message: WireMessage): string[] => {
  const text = JSON.stringify(message);
  if (text.length <= PART_CHARS) return [text];
  const frames: string[] = [];
  for (let at = 0; at < text.length; at += PART_CHARS) {
    const part: WirePart = {
      kind: 'part',
      text: text.slice(at, at + PART_CHARS),
      last: at + PART_CHARS >= text.length,
    };
    frames.push(JSON.stringify(part));
  }
  return frames;
};

/**
 * Joins parts back into messages. Frames of one socket arrive in order and the parts of a
 * message are sent together, so one message is assembled at a time.
 */
export const createPartAssembler = () => {
  let pending: string[] = [];
  /** The message a frame completes, or null while parts are still coming. */
  return (frame: WireMessage | WirePart): WireMessage | null => {
    if (frame.kind !== 'part') return frame;
    pending.push(frame.text);
    if (!frame.last) return null;
    const text = pending.join('');
    pending = [];
    return JSON.parse(text) as WireMessage;
  };
};
