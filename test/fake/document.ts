import type { Expect, NoExtraMembers } from './api-check';
import type { World } from './context';
import { raw, tag } from './recorder';
import { FakeBlob } from './services';
import { enumOf } from './spreadsheet-rules';
import { FakeUi } from './ui';
import { FakeUser } from './user';

const SERVICE = 'DocumentApp';
export const MIME_DOCUMENT = 'application/vnd.google-apps.document';

export const ParagraphHeading = enumOf(
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
);
export const GlyphType = enumOf(
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
);
export const ElementType = enumOf(
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DOCUMENT',
  'EQUATION',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
);
export const HorizontalAlignment = enumOf('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');
export const Attribute = enumOf(
  'BACKGROUND_COLOR',
  'BOLD',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'LINE_SPACING',
  'LINK_URL',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'HEADING',
  'GLYPH_TYPE',
  'NESTING_LEVEL',
);

type NodeType =
  | 'BODY_SECTION'
  | 'PARAGRAPH'
  | 'LIST_ITEM'
  | 'TABLE'
  | 'TABLE_ROW'
  | 'TABLE_CELL'
  | 'PAGE_BREAK'
  | 'HORIZONTAL_RULE'
  | 'INLINE_IMAGE';

/** A document is a plain tree, so previews and tests can read it directly. */
export interface DocNode {
  type: NodeType;
  text: string;
  attributes: Record<string, unknown>;
  children: DocNode[];
  parent: DocNode | null;
}

export interface DocumentModel {
  id: string;
  name: string;
  body: DocNode;
  editors: string[];
}

function node(type: NodeType, text = '', parent: DocNode | null = null): DocNode {
  const attributes: Record<string, unknown> = {};
  if (type === 'PARAGRAPH' || type === 'LIST_ITEM') attributes.HEADING = ParagraphHeading.NORMAL;
  if (type === 'LIST_ITEM') Object.assign(attributes, { GLYPH_TYPE: GlyphType.BULLET, NESTING_LEVEL: 0 });
  return { type, text, attributes, children: [], parent };
}

/** A new document's body holds one empty paragraph. */
export function createDocumentModel(world: World, name: string): DocumentModel {
  const id = world.ids.next('DC');
  const body = node('BODY_SECTION');
  body.children.push(node('PARAGRAPH', '', body));
  const model = { id, name, body, editors: [] };
  world.documents.set(id, model);
  world.drive.addFile({ id, name, mimeType: MIME_DOCUMENT });
  return model;
}

export function copyDocumentModel(world: World, fromId: string, name: string): string {
  const source = world.documents.get(fromId)!;
  const copy = createDocumentModel(world, name);
  copy.body = structuredClone(source.body);
  return copy.id;
}

function textOf(n: DocNode): string {
  switch (n.type) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return n.text;
    case 'TABLE':
      return n.children.map(textOf).join('\n');
    case 'TABLE_ROW':
      return n.children.map(textOf).join('\t');
    case 'PAGE_BREAK':
    case 'HORIZONTAL_RULE':
    case 'INLINE_IMAGE':
      return '';
    default:
      return n.children.map(textOf).join('\n');
  }
}

function insert(parent: DocNode, index: number, child: DocNode): DocNode {
  child.parent = parent;
  parent.children.splice(index, 0, child);
  return child;
}

function tableNode(cells: string[][] | undefined, parent: DocNode): DocNode {
  const table = node('TABLE', '', parent);
  for (const row of cells ?? []) {
    const r = insert(table, table.children.length, node('TABLE_ROW'));
    for (const text of row) {
      const cell = insert(r, r.children.length, node('TABLE_CELL'));
      insert(cell, 0, node('PARAGRAPH', String(text)));
    }
  }
  return table;
}

/** The handle class for a node, as the typed getters (getParagraphs, getRow, ...) return it. */
function handle(world: World, n: DocNode): object {
  switch (n.type) {
    case 'BODY_SECTION':
      return new FakeBody(world, n);
    case 'PARAGRAPH':
      return new FakeParagraph(world, n);
    case 'LIST_ITEM':
      return new FakeListItem(world, n);
    case 'TABLE':
      return new FakeTable(world, n);
    case 'TABLE_ROW':
      return new FakeTableRow(world, n);
    case 'TABLE_CELL':
      return new FakeTableCell(world, n);
    case 'PAGE_BREAK':
      return new FakePageBreak(world, n);
    case 'HORIZONTAL_RULE':
      return new FakeHorizontalRule(world, n);
    case 'INLINE_IMAGE':
      return new FakeInlineImage(world, n);
  }
}

function nodeOf(element: unknown): DocNode {
  return NODES.get(raw(element) as object)!;
}

const NODES = new WeakMap<object, DocNode>();

/** Members every element type has. */
abstract class FakeNode {
  protected readonly world: World;
  protected readonly node: DocNode;

  constructor(world: World, n: DocNode, type: string) {
    this.world = world;
    this.node = n;
    NODES.set(this, n);
    tag(this, SERVICE, type);
  }

  getAttributes(): Record<string, unknown> {
    return { ...this.node.attributes };
  }
  getParent(): FakeElement | null {
    return this.node.parent ? new FakeElement(this.world, this.node.parent) : null;
  }
  getType(): string {
    return this.node.type;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    Object.assign(this.node.attributes, attributes);
    return this;
  }
}

/** Body and table cells hold paragraphs, list items and tables. */
abstract class FakeContainer extends FakeNode {
  #append<T>(child: DocNode): T {
    return handle(this.world, insert(this.node, this.node.children.length, child)) as T;
  }

  appendHorizontalRule(): FakeHorizontalRule {
    return this.#append(node('HORIZONTAL_RULE'));
  }
  appendListItem(text: string | FakeListItem): FakeListItem {
    return this.#append(typeof text === 'string' ? node('LIST_ITEM', text) : structuredClone(nodeOf(text)));
  }
  appendParagraph(text: string | FakeParagraph): FakeParagraph {
    return this.#append(typeof text === 'string' ? node('PARAGRAPH', text) : structuredClone(nodeOf(text)));
  }
  /** One call writes a whole table: rows of cell texts. */
  appendTable(cells?: string[][]): FakeTable {
    return this.#append(tableNode(cells, this.node));
  }
  /** Leaves one empty paragraph, as an empty document section always has. */
  clear(): this {
    this.node.children = [];
    insert(this.node, 0, node('PARAGRAPH'));
    return this;
  }
  editAsText(): FakeText {
    return new FakeText(this.world, this.node);
  }
  getChild(childIndex: number): FakeElement {
    const child = this.node.children[childIndex];
    if (!child)
      throw new Error(
        `Child index (${childIndex}) must be less than the number of child elements (${this.node.children.length}).`,
      );
    return new FakeElement(this.world, child);
  }
  getChildIndex(child: unknown): number {
    return this.node.children.indexOf(nodeOf(child));
  }
  getNumChildren(): number {
    return this.node.children.length;
  }
  getText(): string {
    return textOf(this.node);
  }
  insertListItem(childIndex: number, text: string): FakeListItem {
    return handle(this.world, insert(this.node, childIndex, node('LIST_ITEM', text))) as FakeListItem;
  }
  insertParagraph(childIndex: number, text: string): FakeParagraph {
    return handle(this.world, insert(this.node, childIndex, node('PARAGRAPH', text))) as FakeParagraph;
  }
  insertTable(childIndex: number, cells?: string[][]): FakeTable {
    return handle(this.world, insert(this.node, childIndex, tableNode(cells, this.node))) as FakeTable;
  }
  removeChild(child: unknown): this {
    const n = nodeOf(child);
    const paragraphs = this.node.children.filter((c) => c.type === 'PARAGRAPH' || c.type === 'LIST_ITEM');
    if (paragraphs.length === 1 && paragraphs[0] === n) {
      throw new Error("Can't remove the last paragraph in a document section.");
    }
    this.node.children = this.node.children.filter((c) => c !== n);
    return this;
  }
  /** Regular-expression replace inside every paragraph's text. */
  replaceText(searchPattern: string, replacement: string): this {
    const re = new RegExp(searchPattern, 'g');
    const visit = (n: DocNode) => {
      if (n.type === 'PARAGRAPH' || n.type === 'LIST_ITEM') n.text = n.text.replace(re, replacement);
      n.children.forEach(visit);
    };
    visit(this.node);
    return this;
  }
  setText(text: string): this {
    this.node.children = [];
    insert(this.node, 0, node('PARAGRAPH', text));
    return this;
  }
}

export class FakeDocumentApp {
  readonly #world: World;
  readonly Attribute = Attribute;
  readonly ElementType = ElementType;
  readonly GlyphType = GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading;

  constructor(world: World) {
    this.#world = world;
    tag(this, SERVICE, 'DocumentApp');
  }

  create(name: string): FakeDocument {
    return new FakeDocument(this.#world, createDocumentModel(this.#world, name));
  }
  /** The add-on is bound to a spreadsheet, so there is no active document. */
  getActiveDocument(): FakeDocument | null {
    return null;
  }
  getUi(): FakeUi {
    return new FakeUi(this.#world, SERVICE);
  }
  openById(id: string): FakeDocument {
    const model = this.#world.documents.get(id);
    if (!model || this.#world.drive.get(id)?.trashed) {
      throw new Error(
        'Unexpected error while getting the method or property openById on object DocumentApp.',
      );
    }
    return new FakeDocument(this.#world, model);
  }
  openByUrl(url: string): FakeDocument {
    return this.openById(/\/d\/([\w-]+)/.exec(url)?.[1] ?? '');
  }
}

export class FakeDocument {
  readonly #world: World;
  readonly #m: DocumentModel;

  constructor(world: World, model: DocumentModel) {
    this.#world = world;
    this.#m = model;
    tag(this, SERVICE, 'Document');
  }

  addEditor(emailAddress: string): this {
    if (!this.#m.editors.includes(emailAddress)) this.#m.editors.push(emailAddress);
    return this;
  }
  getBody(): FakeBody {
    return new FakeBody(this.#world, this.#m.body);
  }
  getEditors(): FakeUser[] {
    return this.#m.editors.map((e) => new FakeUser(SERVICE, e));
  }
  getId(): string {
    return this.#m.id;
  }
  getName(): string {
    return this.#m.name;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.#m.id}/edit`;
  }
  saveAndClose(): void {}
  setName(name: string): this {
    this.#m.name = name;
    this.#world.drive.rename(this.#m.id, name);
    return this;
  }
}

/** Docs takes PNG, JPEG and GIF (and BMP, which it converts); an SVG or other blob is refused. */
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/bmp'];

export class FakeBody extends FakeContainer {
  constructor(world: World, n: DocNode) {
    super(world, n, 'Body');
  }

  /**
   * Puts the image in a new paragraph at the end, sized to its pixels (a GIF's size is in its header).
   * https://developers.google.com/apps-script/reference/document/body#appendImage(BlobSource)
   */
  appendImage(image: FakeBlob): FakeInlineImage {
    const blob = image.getBlob();
    const type = blob.getContentType() ?? '';
    if (!IMAGE_TYPES.includes(type)) throw new Error('Invalid image data.');
    const bytes = Uint8Array.from(blob.getBytes(), (b) => b & 255);
    const paragraph = insert(this.node, this.node.children.length, node('PARAGRAPH'));
    const img = insert(paragraph, 0, node('INLINE_IMAGE'));
    const gif = type === 'image/gif' && bytes.length >= 10;
    Object.assign(img.attributes, {
      CONTENT_TYPE: type,
      BYTES: Array.from(bytes),
      WIDTH: gif ? bytes[6]! | (bytes[7]! << 8) : 100,
      HEIGHT: gif ? bytes[8]! | (bytes[9]! << 8) : 100,
    });
    return new FakeInlineImage(this.world, img);
  }

  appendPageBreak(): FakePageBreak {
    return handle(
      this.world,
      insert(this.node, this.node.children.length, node('PAGE_BREAK')),
    ) as FakePageBreak;
  }
  getListItems(): FakeListItem[] {
    return this.node.children
      .filter((c) => c.type === 'LIST_ITEM')
      .map((c) => new FakeListItem(this.world, c));
  }
  getParagraphs(): FakeParagraph[] {
    return this.node.children
      .filter((c) => c.type === 'PARAGRAPH')
      .map((c) => new FakeParagraph(this.world, c));
  }
  getTables(): FakeTable[] {
    return this.node.children.filter((c) => c.type === 'TABLE').map((c) => new FakeTable(this.world, c));
  }
}

/** Paragraphs and list items: text plus paragraph attributes. */
abstract class FakeTextBlock extends FakeNode {
  appendText(text: string): FakeText {
    this.node.text += text;
    return new FakeText(this.world, this.node);
  }
  editAsText(): FakeText {
    return new FakeText(this.world, this.node);
  }
  getAlignment(): string | null {
    return (this.node.attributes.HORIZONTAL_ALIGNMENT as string | undefined) ?? null;
  }
  getHeading(): string {
    return this.node.attributes.HEADING as string;
  }
  getLinkUrl(): string | null {
    return (this.node.attributes.LINK_URL as string | undefined) ?? null;
  }
  getNextSibling(): FakeElement | null {
    const siblings = this.node.parent?.children ?? [];
    const next = siblings[siblings.indexOf(this.node) + 1];
    return next ? new FakeElement(this.world, next) : null;
  }
  getText(): string {
    return this.node.text;
  }
  removeFromParent(): this {
    const p = this.node.parent;
    if (p) p.children = p.children.filter((c) => c !== this.node);
    this.node.parent = null;
    return this;
  }
  setAlignment(alignment: string): this {
    this.node.attributes.HORIZONTAL_ALIGNMENT = alignment;
    return this;
  }
  setHeading(heading: string): this {
    this.node.attributes.HEADING = heading;
    return this;
  }
  setIndentStart(indentStart: number): this {
    this.node.attributes.INDENT_START = indentStart;
    return this;
  }
  setLinkUrl(url: string | null): this {
    this.node.attributes.LINK_URL = url ?? undefined;
    return this;
  }
  setSpacingAfter(spacingAfter: number): this {
    this.node.attributes.SPACING_AFTER = spacingAfter;
    return this;
  }
  setSpacingBefore(spacingBefore: number): this {
    this.node.attributes.SPACING_BEFORE = spacingBefore;
    return this;
  }
  setText(text: string): void {
    this.node.text = text;
  }
}

export class FakeParagraph extends FakeTextBlock {
  constructor(world: World, n: DocNode) {
    super(world, n, 'Paragraph');
  }
}

export class FakeListItem extends FakeTextBlock {
  constructor(world: World, n: DocNode) {
    super(world, n, 'ListItem');
  }

  getGlyphType(): string {
    return this.node.attributes.GLYPH_TYPE as string;
  }
  getNestingLevel(): number {
    return this.node.attributes.NESTING_LEVEL as number;
  }
  setGlyphType(glyphType: string): this {
    this.node.attributes.GLYPH_TYPE = glyphType;
    return this;
  }
  setNestingLevel(nestingLevel: number): this {
    this.node.attributes.NESTING_LEVEL = nestingLevel;
    return this;
  }
}

export class FakeTable extends FakeNode {
  constructor(world: World, n: DocNode) {
    super(world, n, 'Table');
  }

  appendTableRow(): FakeTableRow {
    return new FakeTableRow(this.world, insert(this.node, this.node.children.length, node('TABLE_ROW')));
  }
  getBorderWidth(): number {
    return (this.node.attributes.BORDER_WIDTH as number | undefined) ?? 1;
  }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }
  getNumRows(): number {
    return this.node.children.length;
  }
  getRow(rowIndex: number): FakeTableRow {
    const row = this.node.children[rowIndex];
    if (!row)
      throw new Error(
        `Child index (${rowIndex}) must be less than the number of child elements (${this.node.children.length}).`,
      );
    return new FakeTableRow(this.world, row);
  }
  getText(): string {
    return textOf(this.node);
  }
  setBorderColor(color: string): this {
    this.node.attributes.BORDER_COLOR = color;
    return this;
  }
  setBorderWidth(width: number): this {
    this.node.attributes.BORDER_WIDTH = width;
    return this;
  }
  setColumnWidth(columnIndex: number, width: number): this {
    this.node.attributes[`COLUMN_WIDTH_${columnIndex}`] = width;
    return this;
  }
}

export class FakeTableRow extends FakeNode {
  constructor(world: World, n: DocNode) {
    super(world, n, 'TableRow');
  }

  /** The row's text as one Text element: a style set on it applies to every cell of the row. */
  editAsText(): FakeText {
    return new FakeText(this.world, this.node);
  }
  appendTableCell(textContents?: string): FakeTableCell {
    const cell = insert(this.node, this.node.children.length, node('TABLE_CELL'));
    insert(cell, 0, node('PARAGRAPH', textContents ?? ''));
    return new FakeTableCell(this.world, cell);
  }
  getCell(cellIndex: number): FakeTableCell {
    const cell = this.node.children[cellIndex];
    if (!cell)
      throw new Error(
        `Child index (${cellIndex}) must be less than the number of child elements (${this.node.children.length}).`,
      );
    return new FakeTableCell(this.world, cell);
  }
  getNumCells(): number {
    return this.node.children.length;
  }
  getText(): string {
    return textOf(this.node);
  }
}

export class FakeTableCell extends FakeContainer {
  constructor(world: World, n: DocNode) {
    super(world, n, 'TableCell');
  }

  getBackgroundColor(): string | null {
    return (this.node.attributes.BACKGROUND_COLOR as string | undefined) ?? null;
  }
  getParentRow(): FakeTableRow {
    return new FakeTableRow(this.world, this.node.parent!);
  }
  setBackgroundColor(color: string): this {
    this.node.attributes.BACKGROUND_COLOR = color;
    return this;
  }
}

/** An image in a paragraph: its bytes, size in pixels and alternative text. */
export class FakeInlineImage extends FakeNode {
  constructor(world: World, n: DocNode) {
    super(world, n, 'InlineImage');
  }

  getAltDescription(): string | null {
    return (this.node.attributes.ALT_DESCRIPTION as string | undefined) ?? null;
  }
  getBlob(): FakeBlob {
    return new FakeBlob(
      Buffer.from(this.node.attributes.BYTES as number[]),
      this.node.attributes.CONTENT_TYPE as string,
      null,
    );
  }
  getHeight(): number {
    return this.node.attributes.HEIGHT as number;
  }
  getWidth(): number {
    return this.node.attributes.WIDTH as number;
  }
  setAltDescription(description: string): this {
    this.node.attributes.ALT_DESCRIPTION = description;
    return this;
  }
  setHeight(height: number): this {
    this.node.attributes.HEIGHT = height;
    return this;
  }
  setWidth(width: number): this {
    this.node.attributes.WIDTH = width;
    return this;
  }
}

export class FakePageBreak extends FakeNode {
  constructor(world: World, n: DocNode) {
    super(world, n, 'PageBreak');
  }
}

export class FakeHorizontalRule extends FakeNode {
  constructor(world: World, n: DocNode) {
    super(world, n, 'HorizontalRule');
  }
}

/** The text of a paragraph (or of a whole container); styles apply to all of it. */
export class FakeText extends FakeNode {
  constructor(world: World, n: DocNode) {
    super(world, n, 'Text');
  }

  getText(): string {
    return textOf(this.node);
  }
  override getType(): string {
    return ElementType.TEXT;
  }
  isBold(): boolean | null {
    return (this.node.attributes.BOLD as boolean | undefined) ?? null;
  }
  setBold(bold: boolean): this {
    this.node.attributes.BOLD = bold;
    return this;
  }
  setFontSize(size: number): this {
    this.node.attributes.FONT_SIZE = size;
    return this;
  }
  setForegroundColor(color: string): this {
    this.node.attributes.FOREGROUND_COLOR = color;
    return this;
  }
  setItalic(italic: boolean): this {
    this.node.attributes.ITALIC = italic;
    return this;
  }
  setLinkUrl(url: string | null): this {
    this.node.attributes.LINK_URL = url ?? undefined;
    return this;
  }
  setText(text: string): this {
    this.node.text = text;
    return this;
  }
}

/** What getChild and getParent return: cast with asParagraph(), asTable(), ... */
export class FakeElement extends FakeNode {
  constructor(world: World, n: DocNode) {
    super(world, n, 'Element');
  }

  #as<T>(type: NodeType): T {
    if (this.node.type !== type) throw new Error(`Element is a ${this.node.type}, not a ${type}.`);
    return handle(this.world, this.node) as T;
  }

  asBody(): FakeBody {
    return this.#as('BODY_SECTION');
  }
  asHorizontalRule(): FakeHorizontalRule {
    return this.#as('HORIZONTAL_RULE');
  }
  asListItem(): FakeListItem {
    return this.#as('LIST_ITEM');
  }
  asPageBreak(): FakePageBreak {
    return this.#as('PAGE_BREAK');
  }
  asParagraph(): FakeParagraph {
    return this.#as('PARAGRAPH');
  }
  asTable(): FakeTable {
    return this.#as('TABLE');
  }
  asTableCell(): FakeTableCell {
    return this.#as('TABLE_CELL');
  }
  asTableRow(): FakeTableRow {
    return this.#as('TABLE_ROW');
  }
  asText(): FakeText {
    return new FakeText(this.world, this.node);
  }
}

type DA = typeof GoogleAppsScript.Document;
export type ApiChecks = [
  Expect<NoExtraMembers<FakeDocumentApp, GoogleAppsScript.Document.DocumentApp>>,
  Expect<NoExtraMembers<FakeDocument, GoogleAppsScript.Document.Document>>,
  Expect<NoExtraMembers<FakeBody, GoogleAppsScript.Document.Body>>,
  Expect<NoExtraMembers<FakeParagraph, GoogleAppsScript.Document.Paragraph>>,
  Expect<NoExtraMembers<FakeListItem, GoogleAppsScript.Document.ListItem>>,
  Expect<NoExtraMembers<FakeTable, GoogleAppsScript.Document.Table>>,
  Expect<NoExtraMembers<FakeTableRow, GoogleAppsScript.Document.TableRow>>,
  Expect<NoExtraMembers<FakeTableCell, GoogleAppsScript.Document.TableCell>>,
  Expect<NoExtraMembers<FakePageBreak, GoogleAppsScript.Document.PageBreak>>,
  Expect<NoExtraMembers<FakeInlineImage, GoogleAppsScript.Document.InlineImage>>,
  Expect<NoExtraMembers<FakeHorizontalRule, GoogleAppsScript.Document.HorizontalRule>>,
  Expect<NoExtraMembers<FakeText, GoogleAppsScript.Document.Text>>,
  Expect<NoExtraMembers<FakeElement, GoogleAppsScript.Document.Element>>,
  Expect<NoExtraMembers<typeof ParagraphHeading, DA['ParagraphHeading']>>,
  Expect<NoExtraMembers<typeof GlyphType, DA['GlyphType']>>,
];
