import { readFileSync } from 'node:fs';

/** A fenced block's shell lines, each without its trailing `# comment` (outside quotes). */
const withoutComment = (line: string): string => {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
};

/** Every `pagescope …` command line in the README's fenced code blocks, in order. */
export const readmeCommandLines = (readmePath: string): string[] => {
  const text = readFileSync(readmePath, 'utf8');
  const blocks = [...text.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  return blocks
    .flatMap((block) => block.split('\n'))
    .map(withoutComment)
    .filter((line) => /^(npx )?pagescope\s/.test(line));
};
