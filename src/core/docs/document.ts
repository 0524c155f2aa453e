/**
 * A generated document as data: the Docs adapter renders it with a fixed number of calls per block (a table is
 * one call with all its rows), and the preview renders the same model as HTML.
 */

export type DocBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  /** The first row is the header. `shared` tables (attendance, sign-in) appear once in a bilingual document. */
  | { kind: 'table'; rows: string[][]; shared?: boolean }
  | { kind: 'pageBreak' }
  /** A GIF, PNG or JPEG given as base64 (e.g. a QR code made in the bundle), at its size in pixels. */
  | { kind: 'image'; base64: string; mimeType: 'image/gif'; width: number; height: number; alt: string };

export interface DocModel {
  /** The file's name in Drive. */
  name: string;
  blocks: DocBlock[];
}

const bulletText = (items: readonly string[]): string => items.map((item) => `• ${item}`).join('\n');

function blockText(block: DocBlock): string {
  switch (block.kind) {
    case 'bullets':
      return bulletText(block.items);
    case 'table':
      return block.rows.map((row) => row.join(' | ')).join('\n');
    case 'pageBreak':
    case 'image':
      return '';
    default:
      return block.text;
  }
}

const both = (a: string, b: string): string => (a === b ? a : `${a} / ${b}`);

/** A table in both languages: each cell once where the languages agree, "English / Español" where they differ. */
function mergeTable(a: string[][], b: string[][]): string[][] {
  return a.map((row, r) => row.map((cell, c) => both(cell, b[r]?.[c] ?? cell)));
}

/** The same block in two languages as one block; blocks of different kinds keep the first. */
function mergeBlock(block: DocBlock, other: DocBlock): DocBlock {
  if (block.kind === 'table' && other.kind === 'table')
    return { ...block, rows: mergeTable(block.rows, other.rows) };
  if ((block.kind === 'title' || block.kind === 'heading') && other.kind === block.kind)
    return { ...block, text: both(block.text, other.text) };
  return block;
}

/**
 * Two documents built from the same builder (same blocks in the same order) side by side: each stretch of text
 * between headings becomes a two-column table, so a reader follows both languages line by line.
 */
export function sideBySide(a: DocModel, b: DocModel): DocModel {
  const blocks: DocBlock[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length > 0) blocks.push({ kind: 'table', rows });
    rows = [];
  };
  a.blocks.forEach((block, i) => {
    const other = b.blocks[i]!;
    if (block.kind === 'paragraph' || block.kind === 'bullets') {
      rows.push([blockText(block), blockText(other)]);
      return;
    }
    flush();
    blocks.push(mergeBlock(block, other));
  });
  flush();
  return { name: both(a.name, b.name), blocks };
}

/** A table everyone shares (attendance, sign-in), or the heading right above one. */
function isShared(blocks: readonly DocBlock[], i: number): boolean {
  const block = blocks[i]!;
  const next = blocks[i + 1];
  return (
    (block.kind === 'table' && block.shared === true) ||
    (block.kind === 'heading' && next?.kind === 'table' && next.shared === true)
  );
}

/**
 * One language after the other, each starting on its own page; shared tables come once, at the end, with both
 * languages in their headers, so nobody signs in twice.
 */
export function oneAfterOther(a: DocModel, b: DocModel): DocModel {
  const own = (model: DocModel) => model.blocks.filter((_, i) => !isShared(model.blocks, i));
  const shared = a.blocks.flatMap((block, i) =>
    isShared(a.blocks, i) ? [mergeBlock(block, b.blocks[i]!)] : [],
  );
  const tail: DocBlock[] = shared.length > 0 ? [{ kind: 'pageBreak' }, ...shared] : [];
  return { name: both(a.name, b.name), blocks: [...own(a), { kind: 'pageBreak' }, ...own(b), ...tail] };
}
