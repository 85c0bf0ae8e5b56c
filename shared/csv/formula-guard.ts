// OWASP "CSV injection": spreadsheet apps run cells that start with these as formulas.
// https://owasp.org/www-community/attacks/CSV_Injection
// Compared as character codes: looking text[0] up in a set cost more than the rest of the cell.
const isTrigger = (code: number): boolean =>
  code === 0x3d ||
  code === 0x2b ||
  code === 0x2d ||
  code === 0x40 ||
  code === 0x09 ||
  code === 0x0d;

/** A text that a spreadsheet would read as a formula (= + - @ tab CR) gets a leading quote. */
export const guardText = (text: string): string =>
  text.length > 0 && isTrigger(text.charCodeAt(0)) ? `'${text}` : text;
