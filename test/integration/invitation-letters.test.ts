/**
 * Printed letters through the built bundle: one page per member in their language, the link written out and a
 * QR code that reads back to it (made inside the sandbox, which has no Buffer, TextEncoder or btoa), filed in
 * the group folder's letters subfolder, the same Doc on re-run unless a new batch is asked for.
 */
import type { DocNode } from '../fake/document';
import type { FakeSheet } from '../fake/spreadsheet';
import { type Addon, startSampleAddon } from '../harness/addon';
import { decodeQrGif } from '../harness/qr-decode';

type Made = { id: string; url: string; created: boolean; count: number; message: string };

function value<T>(answer: ReturnType<Addon['rpc']>): T {
  if (!answer.ok) throw new Error(`RPC failed: ${answer.error.message}`);
  return answer.value as T;
}

const partners = (addon: Addon): FakeSheet => addon.ws.spreadsheet.getSheetByName('Partners')!;

function col(sheet: FakeSheet, header: string): number {
  return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.indexOf(header) + 1;
}

const linkFor = (id: string) =>
  `https://docs.google.com/forms/d/e/1FAIpQLSfake/viewform?usp=pp_url&entry.101=${id}`;

function start(): Addon {
  const addon = startSampleAddon({ sharedDrive: 'Sample USD Shared Drive' });
  const sheet = partners(addon);
  const ids = sheet.getRange(2, col(sheet, 'ID'), sheet.getLastRow() - 1, 1).getValues();
  sheet
    .getRange(2, col(sheet, 'Invitation link'), ids.length, 1)
    .setValues(ids.map(([id]) => [linkFor(String(id))]));
  return addon;
}

/** The Doc's pages: the body's children split at page breaks. */
function pages(addon: Addon, id: string): DocNode[][] {
  const out: DocNode[][] = [[]];
  for (const child of addon.ws.document(id).body.children) {
    if (child.type === 'PAGE_BREAK') out.push([]);
    else out[out.length - 1]!.push(child);
  }
  return out.filter((p) => p.some((n) => n.text !== '' || n.children.length > 0));
}

const pageText = (page: DocNode[]) => page.map((n) => n.text).join('\n');
const images = (page: DocNode[]) => page.flatMap((n) => n.children.filter((c) => c.type === 'INLINE_IMAGE'));

describe('printed letters', () => {
  it('makes one page per member without a usable email, in their language, with the link and a QR code of it', () => {
    const addon = start();
    const made = value<Made>(addon.rpc('makePrintedLetters', { onlySelectedRows: false, newBatch: false }));
    const rows = partners(addon).getDataRange().getValues();
    const header = rows[0]!;
    const noEmail = rows
      .slice(1)
      .filter((r) => r[0] !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(r[header.indexOf('Email')])))
      .filter((r) => !['Declined', 'Withdrawn'].includes(String(r[header.indexOf('Status')])));
    expect(made.count).toBe(noEmail.length);
    const letters = pages(addon, made.id);
    expect(letters).toHaveLength(noEmail.length);
    noEmail.forEach((r, i) => {
      const text = pageText(letters[i]!);
      const id = String(r[header.indexOf('ID')]);
      expect(text).toContain('Sample Unified School District');
      expect(text).toContain(linkFor(id));
      const lang = String(r[header.indexOf('Preferred language')]);
      if (lang === 'Spanish') expect(text).toContain(`Estimado(a) ${r[header.indexOf('Name')]}:`);
      if (lang === 'English') expect(text).toContain(`Dear ${r[header.indexOf('Name')]},`);
      const [qr] = images(letters[i]!);
      expect(qr!.attributes.CONTENT_TYPE).toBe('image/gif');
      expect(decodeQrGif(Uint8Array.from(qr!.attributes.BYTES as number[]))).toBe(linkFor(id));
      expect(qr!.attributes.ALT_DESCRIPTION).toBeTruthy();
    });
    // Each lettered member's cell records the letter and links the Doc.
    const sent = rows
      .slice(1)
      .filter((r) => String(r[header.indexOf('Invitation sent')]).startsWith('Letter '));
    expect(sent).toHaveLength(noEmail.length);
    expect(String(sent[0]![header.indexOf('Invitation sent')])).toContain(made.url);
  });

  it('re-running updates the same Doc; a new batch makes another', () => {
    const addon = start();
    const first = value<Made>(addon.rpc('makePrintedLetters', { onlySelectedRows: false, newBatch: false }));
    const again = value<Made>(addon.rpc('makePrintedLetters', { onlySelectedRows: false, newBatch: false }));
    expect(again).toMatchObject({ id: first.id, created: false });
    expect(pages(addon, again.id)).toHaveLength(first.count);
    const batch = value<Made>(addon.rpc('makePrintedLetters', { onlySelectedRows: false, newBatch: true }));
    expect(batch.id).not.toBe(first.id);
    expect(batch.created).toBe(true);
    expect(pages(addon, first.id)).toHaveLength(first.count);
  });

  it('makes letters for the rows selected on the Partners tab, and refuses when none are selected', () => {
    const addon = start();
    const sheet = partners(addon);
    expect(addon.rpc('makePrintedLetters', { onlySelectedRows: true, newBatch: false })).toMatchObject({
      ok: false,
      error: { message: 'Select the members’ rows on the Partners tab first.' },
    });
    sheet.setActiveRange(sheet.getRange(3, 1, 2, 3));
    const made = value<Made>(addon.rpc('makePrintedLetters', { onlySelectedRows: true, newBatch: false }));
    expect(made.count).toBe(2);
    const names = sheet.getRange(3, col(sheet, 'Name'), 2, 1).getValues().flat();
    const letters = pages(addon, made.id);
    names.forEach((name, i) => {
      expect(pageText(letters[i]!)).toContain(String(name));
    });
  });

  it('files the Doc in the group folder’s letters subfolder once a folder is chosen', () => {
    const addon = start();
    const sharedDrive = addon.ws.drive.get(addon.ws.spreadsheet.getId())!.driveId!;
    const group = addon.ws.addForeignFolder('Educational Partners Group', sharedDrive);
    addon.ws.pickFolder(group);
    value(addon.rpc('setGroupFolder', { folderId: group }));
    const made = value<Made>(addon.rpc('makePrintedLetters', { onlySelectedRows: false, newBatch: false }));
    const parent = addon.ws.drive.get(addon.ws.drive.get(made.id)!.parents[0]!)!;
    expect(parent.name).toMatch(/letters/i);
    expect(parent.parents).toEqual([group]);
  });

  it('includes a member with an email who answered that a letter in the mail reaches them best', () => {
    const addon = start();
    const sheet = partners(addon);
    const before = value<Made>(addon.rpc('makePrintedLetters', { onlySelectedRows: false, newBatch: true }));
    const name = String(sheet.getRange(2, col(sheet, 'Name')).getValue());
    sheet.getRange(2, col(sheet, 'Best way to reach')).setValue('Carta por correo');
    const made = value<Made>(addon.rpc('makePrintedLetters', { onlySelectedRows: false, newBatch: true }));
    expect(made.count).toBe(before.count + 1);
    expect(pageText(pages(addon, made.id)[0]!)).toContain(name);
  });

  it('runs from the menu and says where the letters are', () => {
    const addon = start();
    addon.sandbox.call('printedLetters');
    expect(addon.ws.ui.alerts[addon.ws.ui.alerts.length - 1]!.prompt).toContain(
      'https://docs.google.com/document/d/',
    );
  });
});
