const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;

const enum State {
  Text,
  AfterLt,
  StartTag,
  Skip,
}

/**
 * How deeply the elements of an XML document nest, read byte by byte as it arrives, so that a
 * document nested too deeply for the SDK's recursive parser is refused before it is parsed.
 * It counts start tags, end tags and `<x/>`; declarations, comments and CDATA are skipped up to
 * the next `>`, which may count a `<` inside a comment as a tag: that can only overstate the
 * depth of a document no AWS service writes.
 */
export class XmlDepthMeter {
  depth = 0;
  deepest = 0;
  private state = State.Text;
  private previous = 0;

  feed(bytes: Uint8Array): void {
    for (const byte of bytes) this.step(byte);
  }

  private step(byte: number): void {
    switch (this.state) {
      case State.Text:
        if (byte === LT) this.state = State.AfterLt;
        return;
      case State.AfterLt:
        if (byte === SLASH) {
          this.depth -= 1;
          this.state = State.Skip;
        } else if (byte === QUESTION || byte === BANG) {
          this.state = State.Skip;
        } else {
          this.depth += 1;
          if (this.depth > this.deepest) this.deepest = this.depth;
          this.state = State.StartTag;
        }
        break;
      case State.StartTag:
        if (byte === GT) {
          if (this.previous === SLASH) this.depth -= 1;
          this.state = State.Text;
        }
        break;
      case State.Skip:
        if (byte === GT) this.state = State.Text;
        break;
    }
    this.previous = byte;
  }
}
