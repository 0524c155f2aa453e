/**
 * The preview's generated documents: every Google Doc the add-on made in the in-memory Drive (agendas with their
 * sign-in sheets, the MOU draft, the group's report, the printed letters with their QR codes), drawn from the Docs fake's tree as the Doc would show them:
 * title and headings, lists, tables with a bold header row, and page breaks.
 */
import type { DocNode } from '../test/fake/document';
import { MIME_DOCUMENT } from '../test/fake/document';
import type { Workspace } from '../test/fake/workspace';
import type { Sandbox } from '../test/harness/sandbox';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const TAGS: Record<string, string> = { TITLE: 'h2', HEADING1: 'h3', HEADING2: 'h4' };

/** Cell and paragraph text keeps its line breaks (bilingual cells hold bullet lists). */
const lines = (text: string): string => escapeHtml(text).replace(/\n/g, '<br>');

function nodeHtml(n: DocNode): string {
  switch (n.type) {
    case 'PARAGRAPH': {
      const tag = TAGS[String(n.attributes.HEADING)] ?? 'p';
      // A paragraph's children are its inline images.
      const inline = n.children.map(nodeHtml).join('');
      return n.text === '' && inline === '' && tag === 'p'
        ? ''
        : `<${tag}>${lines(n.text)}${inline}</${tag}>`;
    }
    case 'LIST_ITEM':
      return `<li>${lines(n.text)}</li>`;
    case 'TABLE':
      return `<table>${n.children
        .map(
          (row) =>
            `<tr${row.attributes.BOLD ? ' class="head"' : ''}>${row.children
              .map((cell) => `<td>${cell.children.map(nodeHtml).join('')}</td>`)
              .join('')}</tr>`,
        )
        .join('')}</table>`;
    case 'PAGE_BREAK':
      return '<hr class="page-break" aria-label="Page break">';
    case 'INLINE_IMAGE': {
      const a = n.attributes;
      const src = `data:${a.CONTENT_TYPE};base64,${Buffer.from(a.BYTES as number[]).toString('base64')}`;
      return `<img src="${src}" width="${a.WIDTH}" height="${a.HEIGHT}" alt="${escapeHtml(String(a.ALT_DESCRIPTION ?? ''))}">`;
    }
    default:
      return n.children.map(nodeHtml).join('');
  }
}

/** A body's children, with consecutive list items gathered into one list. */
function bodyHtml(body: DocNode): string {
  let html = '';
  let inList = false;
  for (const child of body.children) {
    const item = child.type === 'LIST_ITEM';
    if (item && !inList) html += '<ul>';
    if (!item && inList) html += '</ul>';
    inList = item;
    html += nodeHtml(child);
  }
  return inList ? `${html}</ul>` : html;
}

const STYLE = `
  body { margin: 0; font: 14px/1.5 Arial, sans-serif; color: #1f1f1f; background: #f1f3f4; }
  header { padding: 8px 16px; background: #fff; border-bottom: 1px solid #c4c7c5; }
  h1 { font-size: 1.1rem; margin: 0; }
  nav ul { margin: 4px 0 0; padding-left: 18px; }
  article { background: #fff; max-width: 816px; margin: 16px auto; padding: 48px 64px; box-shadow: 0 1px 3px #0003; }
  article > p.file { color: #474747; font-size: 12px; margin: 0 0 16px; border-bottom: 1px solid #dadce0; }
  h2 { font-size: 1.6rem; font-weight: 400; margin: 0 0 8px; }
  h3 { font-size: 1.2rem; margin: 20px 0 6px; }
  h4 { font-size: 1rem; margin: 14px 0 4px; }
  table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
  td { border: 1px solid #9aa0a6; padding: 4px 6px; vertical-align: top; }
  tr.head td { font-weight: 700; background: #f1f3f4; }
  td p { margin: 0; }
  hr.page-break { border: none; border-top: 2px dashed #9aa0a6; margin: 32px -64px; }
  hr.page-break::after { content: 'page break'; display: block; text-align: center; color: #5f6368; font-size: 11px; }
  a { color: #0b57d0; }
`;

/** Every Doc the add-on made, newest last, as one page with a list of contents. */
export function docsPage(ws: Workspace): string {
  const docs = [...ws.drive.items.values()].filter((i) => i.mimeType === MIME_DOCUMENT && !i.trashed);
  const toc = docs.map((d) => `<li><a href="#${escapeHtml(d.id)}">${escapeHtml(d.name)}</a></li>`).join('');
  const articles = docs
    .map(
      (d) =>
        `<article id="${escapeHtml(d.id)}"><p class="file">${escapeHtml(d.name)}</p>${bodyHtml(ws.document(d.id).body)}</article>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated documents — local preview</title><style>${STYLE}</style></head><body><header><h1>Generated documents</h1><p><a href="/">Back to the workbook</a>. Agendas, sign-in sheets, the MOU draft and the group's report, as the add-on wrote them into Google Docs.</p><nav aria-label="Documents"><ul>${toc || '<li>None yet.</li>'}</ul></nav></header><main>${articles}</main></body></html>`;
}

/**
 * Makes one of each document from the sample LEA, as a person would from the menu and sidebar: the kickoff agenda
 * side by side in both languages, a data review in Spanish, a later one with each language on its own pages,
 * the MOU draft from agreed hours typed on CIM Activities, and the group's report.
 */
export function makeSampleDocs(ws: Workspace, sandbox: Sandbox): void {
  const activities = ws.spreadsheet.getSheets().find((s) => /CIM/.test(s.getName()));
  if (activities) {
    const values = activities.getDataRange().getValues();
    const hours = values[0]!.findIndex((h) => /MOU/.test(String(h)));
    const agreed = [4, 4, 2, 8, 2, 20, 6];
    values.slice(1, 1 + agreed.length).forEach((_, i) => {
      activities.getRange(i + 2, hours + 1).setValue(agreed[i]!);
    });
  }
  const calls: [string, unknown][] = [
    ['makeAgenda', { meetingId: 'MT-001', language: 'both-columns' }],
    ['makeAgenda', { meetingId: 'MT-002', language: 'es' }],
    ['makeAgenda', { meetingId: 'MT-004', language: 'both-sequence' }],
    ['makeMouDraft', {}],
    ['makeGroupReport', {}],
  ];
  for (const [name, arg] of calls) {
    const answer = sandbox.call(name, arg) as { ok: boolean; error?: unknown };
    if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
  }
}
