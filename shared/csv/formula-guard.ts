import type { Cell } from '../contract';

// OWASP "CSV injection": spreadsheet apps run cells that start with these as formulas.
// https://owasp.org/www-community/attacks/CSV_Injection
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A text cell that a spreadsheet would read as a formula gets a leading single quote. */
export const guardCell = (cell: Cell): Cell =>
  typeof cell === 'string' && cell.length > 0 && TRIGGERS.has(cell[0]!) ? `'${cell}` : cell;
