/** POSIX shell quoting: plain words stay bare, anything else is single-quoted. */
export const shellQuote = (word: string): string =>
  /^[A-Za-z0-9_./:=@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;

export const shellJoin = (words: string[]): string => words.map(shellQuote).join(' ');
