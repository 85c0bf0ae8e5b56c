import type { Member, Scalar, Shape } from './list-shapes';
import { parseS3Timestamp } from './rfc3339';
import { Unhandled } from './unhandled';
import { decodeEntities } from './xml-entities';

type Value = unknown;

interface Compiled {
  members: readonly Member[];
  /** Element names and end tags, by member. */
  names: string[];
  ends: string[];
}

const compiled = new WeakMap<Shape, Compiled>();
const compile = (shape: Shape): Compiled => {
  let c = compiled.get(shape);
  if (!c) {
    const names = shape.members.map((m) => m.xml ?? m.name);
    c = { members: shape.members, names, ends: names.map((n) => `</${n}>`) };
    compiled.set(shape, c);
  }
  return c;
};

const inSchemaOrder = (c: Compiled, read: Record<string, Value>): Record<string, Value> => {
  const out: Record<string, Value> = {};
  for (const { name } of c.members) if (name in read) out[name] = read[name];
  return out;
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
  /** Whether the start tag just read was `<Name/>`. */
  private empty = false;

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
  struct(shape: Shape, end: string): Record<string, Value> {
    const { x } = this;
    const c = compile(shape);
    const out: Record<string, Value> = {};
    // S3 writes members in schema order, so the next element is looked for from the last one,
    // and the object is built in that order unless the document had another.
    let at = 0;
    let ordered = true;
    for (;;) {
      this.gap();
      if (x.charCodeAt(this.i) !== 60) throw new Unhandled('text in an element');
      if (x.charCodeAt(this.i + 1) === 47) break;
      const previous = at;
      at = this.startTag(c, at);
      if (at < previous) ordered = false;
      const member = c.members[at]!;
      const value = this.member(member, c.ends[at]!);
      const name = member.name;
      if (member.list) ((out[name] ??= []) as Value[]).push(value);
      else if (out[name] === undefined) out[name] = value;
      else throw new Unhandled(`repeated ${name}`);
    }
    this.closeTag(end);
    return ordered ? out : inSchemaOrder(c, out);
  }

  closeTag(end: string): void {
    if (!this.x.startsWith(end, this.i)) throw new Unhandled(`expected ${end}`);
    this.i += end.length;
  }

  /** Which member's start tag is at the position (`<Name>` or `<Name/>`); moves past it. */
  private startTag(c: Compiled, from: number): number {
    const { x } = this;
    const n = c.names.length;
    for (let k = 0; k < n; k += 1) {
      const at = (from + k) % n;
      const name = c.names[at]!;
      if (!x.startsWith(name, this.i + 1)) continue;
      const after = this.i + 1 + name.length;
      const next = x.charCodeAt(after);
      if (next === 62) {
        this.empty = false;
        this.i = after + 1;
        return at;
      }
      if (next === 47 && x.charCodeAt(after + 1) === 62) {
        this.empty = true;
        this.i = after + 2;
        return at;
      }
    }
    throw new Unhandled('unknown element');
  }

  private member(member: Member, end: string): Value {
    if (typeof member.type !== 'string') return this.empty ? {} : this.struct(member.type, end);
    return scalar(member.type, this.empty ? '' : this.text(end));
  }

  /** An element's text up to its end tag, decoded. */
  private text(end: string): string {
    const { x } = this;
    const stop = x.indexOf('<', this.i);
    if (stop === -1) throw new Unhandled('unclosed text');
    const raw = x.slice(this.i, stop);
    this.i = stop;
    this.closeTag(end);
    const text = raw.indexOf('&') === -1 ? raw : decodeEntities(raw);
    // @aws-sdk/xml-builder: a blank text that holds a newline reads as "".
    return text.includes('\n') && text.trim() === '' ? '' : text;
  }
}
