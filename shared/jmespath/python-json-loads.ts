/**
 * json.loads as Python reads a str, which the lexer uses for backtick literals and quoted
 * identifiers. It is JSON, plus the NaN, Infinity and -Infinity Python's decoder accepts as
 * values anywhere in the text, and minus a byte order mark before the value, which Python
 * refuses. Errors are thrown as JSON.parse throws them (a SyntaxError).
 */
export const pythonJsonLoads = (text: string): unknown => {
  if (text.startsWith('\uFEFF')) throw new SyntaxError('Unexpected UTF-8 BOM');
  try {
    return JSON.parse(text);
  } catch {
    // Perhaps one of Python's constants inside an array or object: read it as Python does.
    return new PythonJsonReader(text).document();
  }
};

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
/** The words of Python's scanner (Modules/_json.c), in the order it tries them. */
const WORDS: ReadonlyArray<readonly [string, unknown]> = [
  ['null', null],
  ['true', true],
  ['false', false],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
];

class PythonJsonReader {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): unknown {
    this.skipWhitespace();
    const value = this.value();
    this.skipWhitespace();
    if (this.at !== this.text.length) this.fail('Extra data');
    return value;
  }

  private fail(reason: string): never {
    throw new SyntaxError(`${reason} at ${this.at}`);
  }

  private skipWhitespace(): void {
    WHITESPACE.lastIndex = this.at;
    WHITESPACE.test(this.text);
    this.at = WHITESPACE.lastIndex;
  }

  private value(): unknown {
    const c = this.text[this.at];
    if (c === '"') return this.string();
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    for (const [word, value] of WORDS) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.at;
    const number = NUMBER.exec(this.text);
    if (!number) this.fail('Expecting value');
    this.at += number[0].length;
    return Number(number[0]);
  }

  /** Finds the closing quote; JSON.parse then checks escapes and control characters. */
  private string(): string {
    let end = this.at + 1;
    while (this.text[end] !== '"') {
      if (end >= this.text.length) this.fail('Unterminated string');
      end += this.text[end] === '\\' ? 2 : 1;
    }
    const value = JSON.parse(this.text.slice(this.at, end + 1)) as string;
    this.at = end + 1;
    return value;
  }

  private expect(c: string): void {
    if (this.text[this.at] !== c) this.fail(`Expecting '${c}'`);
    this.at += 1;
    this.skipWhitespace();
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    this.expect('[');
    if (this.text[this.at] === ']') {
      this.at += 1;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.skipWhitespace();
      if (this.text[this.at] === ']') break;
      this.expect(',');
    }
    this.at += 1;
    return out;
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.expect('{');
    if (this.text[this.at] === '}') {
      this.at += 1;
      return out;
    }
    for (;;) {
      if (this.text[this.at] !== '"') this.fail('Expecting property name');
      const key = this.string();
      this.skipWhitespace();
      this.expect(':');
      // As JSON.parse does: a key named __proto__ is a property, not the prototype.
      Object.defineProperty(out, key, {
        value: this.value(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.skipWhitespace();
      if (this.text[this.at] === '}') break;
      this.expect(',');
    }
    this.at += 1;
    return out;
  }
}
