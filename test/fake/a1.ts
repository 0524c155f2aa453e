/** A1 notation: "B2", "A1:C10", "A:A", "2:5", "A2:C" (open-ended) and "'Sheet name'!A1". 1-based throughout. */

export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits "'My sheet'!A1:B2" into the sheet name and the cell part. */
export function splitSheetName(ref: string): { sheet?: string; a1: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { a1: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, a1: ref.slice(bang + 1) };
}

const A1 = /^(?:\$?([A-Za-z]+))?(?:\$?(\d+))?(?::(?:\$?([A-Za-z]+))?(?:\$?(\d+))?)?$/;

/** Null when the text is not A1 notation. */
export function parseA1(a1: string, maxRows: number, maxColumns: number): GridRange | null {
  const m = A1.exec(a1.trim());
  if (!m) return null;
  const [, c1, r1, c2, r2] = m;
  const hasEnd = a1.includes(':');
  if (!hasEnd) {
    if (!c1 || !r1) return null;
    return { row: Number(r1), column: columnNumber(c1), numRows: 1, numColumns: 1 };
  }
  if ((!c1 && !r1) || (!c2 && !r2)) return null;
  // "A:B" spans all rows, "2:5" all columns, "A2:C" runs to the last row.
  const startRow = r1 ? Number(r1) : 1;
  const startCol = c1 ? columnNumber(c1) : 1;
  const endRow = r2 ? Number(r2) : maxRows;
  const endCol = c2 ? columnNumber(c2) : maxColumns;
  if (startRow < 1 || endRow < 1) return null;
  const row = Math.min(startRow, endRow);
  const column = Math.min(startCol, endCol);
  return {
    row,
    column,
    numRows: Math.max(startRow, endRow) - row + 1,
    numColumns: Math.max(startCol, endCol) - column + 1,
  };
}

export function toA1(g: GridRange): string {
  const start = `${columnLetters(g.column)}${g.row}`;
  if (g.numRows === 1 && g.numColumns === 1) return start;
  return `${start}:${columnLetters(g.column + g.numColumns - 1)}${g.row + g.numRows - 1}`;
}
