// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above, split keeping each control character
const CONTROLS = /([\u0000-\u001f\u007f])/;

const MARKS: Record<string, [mark: string, name: string]> = {
  '\n': ['⏎', 'newline'],
  '\r': ['␍', 'carriage return'],
  '\t': ['⇥', 'tab'],
};

/** The mark shown for a control character: ⏎ ⇥ ␍, else its Unicode control picture (U+2400…). */
const markOf = (c: string): [string, string] => {
  const code = c.charCodeAt(0);
  const picture = String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
  return MARKS[c] ?? [picture, `control character U+${code.toString(16).padStart(4, '0')}`];
};

export const hasControlChars = (text: string): boolean => CONTROL.test(text);

/**
 * Text with its control characters shown as marks: S3 keys may hold a newline or a tab, and a
 * cell would otherwise show them as a space, making two different keys look the same.
 */
export function VisibleControls({ text }: { text: string }) {
  if (!hasControlChars(text)) return <>{text}</>;
  return (
    <>
      {text.split(CONTROLS).map((part, i) => {
        if (i % 2 === 0) return part;
        const [mark, name] = markOf(part);
        return (
          <span key={i} className="control-mark" title={name}>
            {mark}
          </span>
        );
      })}
    </>
  );
}
