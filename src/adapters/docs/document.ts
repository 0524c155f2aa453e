/**
 * The Docs adapter: renders a core document model into a Google Doc. Calls grow with the model's blocks, never
 * with a table's rows (each table is one appendTable with all its rows), so an agenda for 200 people costs what
 * one for 10 does. Re-rendering replaces the body of the same Doc, so its file and link stay the same.
 */
import type { DocBlock, DocModel } from '../../core/docs/document';

export type Doc = GoogleAppsScript.Document.Document;

/** The Doc with that id, or null when it was deleted or this user can no longer open it. */
export function openDoc(id: string): Doc | null {
  try {
    return DocumentApp.openById(id);
  } catch {
    return null;
  }
}

export function createDoc(name: string): Doc {
  return DocumentApp.create(name);
}

/** The id inside a Docs link ("…/document/d/<id>/edit"), or undefined when the text is not one. */
export function docIdFromUrl(url: string | undefined): string | undefined {
  return /\/document\/d\/([\w-]{10,})/.exec(url ?? '')?.[1];
}

function appendBlock(body: GoogleAppsScript.Document.Body, block: DocBlock): void {
  const heading = DocumentApp.ParagraphHeading;
  switch (block.kind) {
    case 'title':
      body.appendParagraph(block.text).setHeading(heading.TITLE);
      return;
    case 'heading':
      body.appendParagraph(block.text).setHeading(block.level === 1 ? heading.HEADING1 : heading.HEADING2);
      return;
    case 'paragraph':
      body.appendParagraph(block.text);
      return;
    case 'bullets':
      for (const item of block.items) body.appendListItem(item);
      return;
    case 'table':
      body.appendTable(block.rows).getRow(0).editAsText().setBold(true);
      return;
    case 'pageBreak':
      body.appendPageBreak();
      return;
    case 'image':
      // Utilities decodes base64 into bytes without TextEncoder or atob, which Apps Script lacks.
      body
        .appendImage(Utilities.newBlob(Utilities.base64Decode(block.base64), block.mimeType, 'image.gif'))
        .setWidth(block.width)
        .setHeight(block.height)
        .setAltDescription(block.alt);
      return;
  }
}

/** Replaces the Doc's name and whole body with the model. */
export function renderDoc(doc: Doc, model: DocModel): void {
  doc.setName(model.name);
  const body = doc.getBody();
  // clear() leaves the one empty paragraph every body keeps; it goes once the content is in.
  body.clear();
  for (const block of model.blocks) appendBlock(body, block);
  body.removeChild(body.getChild(0));
  doc.saveAndClose();
}
