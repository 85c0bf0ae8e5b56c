import type { Member, Scalar, Shape } from './list-shapes';
import { parseS3Timestamp } from './rfc3339';
import { Unhandled } from './unhandled';
import { decodeEntities } from './xml-entities';

type Value = unknown;

const indexes = new WeakMap<Shape, Map<string, number>>();
const indexOf = (shape: Shape): Map<string, number> => {
  let index = indexes.get(shape);
  if (!index) {
    index = new Map(shape.members.map((m, i) => [m.xml ?? m.name, i]));
    indexes.set(shape, index);
  }
  return index;
};

const scalar = (type: Scalar, text: string): Value => {
  switch (type) {
    case 'string':
      return text;
    case 'number':
      return Number(text);
    case 'boolean':
      return text.toLowerCase() === 'true';
    case 'timestamp':
      return parseS3Timestamp(text);
  }
};

/**
 * Reads elements of a known shape from XML text the way the SDK's XML parser plus its schema
 * deserializer would, for the documents S3 writes: elements without attributes, text without
 * CDATA or comments. Whatever else it meets throws Unhandled.
 */
export class ShapeReader {
  private i = 0;

  constructor(private readonly x: string) {}

  get position(): number {
    return this.i;
  }

  set position(at: number) {
    this.i = at;
  }

  /** Text between elements: the SDK drops it only when it is blank and holds a newline. */
  gap(): void {
    const { x } = this;
    const start = this.i;
    let newline = false;
    for (; this.i < x.length; this.i += 1) {
      const c = x.charCodeAt(this.i);
      if (c === 10) newline = true;
      else if (c !== 32 && c !== 9) break;
    }
    if (this.i > start && !newline) throw new Unhandled('text between elements');
  }

  /** The children of an element whose start tag was just read, up to and including its end tag. */
  struct(shape: Shape, tag: string): Record<string, Value> {
    const { x } = this;
    const index = indexOf(shape);
    const slots = new Array<Value>(shape.members.length);
    for (;;) {
      this.gap();
      if (x.charCodeAt(this.i) !== 60) throw new Unhandled('text in an element');
      if (x.charCodeAt(this.i + 1) === 47) break;
      const gt = x.indexOf('>', this.i);
      if (gt === -1) throw new Unhandled('unclosed tag');
      const empty = x.charCodeAt(gt - 1) === 47;
      const name = x.slice(this.i + 1, empty ? gt - 1 : gt);
      const at = index.get(name);
      if (at === undefined) throw new Unhandled(`element ${name}`);
      this.i = gt + 1;
      const member = shape.members[at]!;
      const value = this.member(member, name, empty);
      if (member.list) ((slots[at] ??= []) as Value[]).push(value);
      else if (slots[at] === undefined) slots[at] = value;
      else throw new Unhandled(`repeated ${name}`);
    }
    this.closeTag(tag);
    const out: Record<string, Value> = {};
    for (let m = 0; m < slots.length; m += 1) {
      if (slots[m] !== undefined) out[shape.members[m]!.name] = slots[m];
    }
    return out;
  }

  closeTag(tag: string): void {
    const end = `</${tag}>`;
    if (!this.x.startsWith(end, this.i)) throw new Unhandled(`end of ${tag}`);
    this.i += end.length;
  }

  private member(member: Member, tag: string, empty: boolean): Value {
    if (typeof member.type !== 'string') return empty ? {} : this.struct(member.type, tag);
    return scalar(member.type, empty ? '' : this.text(tag));
  }

  /** An element's text up to its end tag, decoded. */
  private text(tag: string): string {
    const { x } = this;
    const end = x.indexOf('<', this.i);
    if (end === -1) throw new Unhandled('unclosed text');
    const raw = x.slice(this.i, end);
    this.i = end;
    this.closeTag(tag);
    const text = raw.indexOf('&') === -1 ? raw : decodeEntities(raw);
    // @aws-sdk/xml-builder: a blank text that holds a newline reads as "".
    return text.includes('\n') && text.trim() === '' ? '' : text;
  }
}
