/**
 * Writes an invitation FormSpec into a Google Form, creating it or updating it in place: items are found by the
 * ids kept from the last run (so answers keep their response columns), changed where the spec changed, added
 * where missing (someone deleted one) and moved back into the spec's order. A fixed number of calls per item.
 */
import type { FormItem, FormSpec, ItemKey } from '../../core/forms/invitation';
import { isTransient } from '../../core/transient';
import { UserError } from '../../core/user-error';

declare global {
  namespace GoogleAppsScript.Forms {
    interface Form {
      /**
       * Added with Google's 2026 change that leaves forms created through the API unpublished; not yet in
       * @types/google-apps-script, and absent on runtimes before it, hence optional and checked before use.
       */
      setPublished?(enabled: boolean): Form;
      isPublished?(): boolean;
    }
  }
}

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
export type ItemIds = Partial<Record<ItemKey, number>>;

const CODE_PLACEHOLDER = 'INVITATION-CODE';

/** The form, or null when it cannot be opened (deleted); a service failing for a moment is not that. */
export function openForm(id: string): Form | null {
  try {
    return FormApp.openById(id);
  } catch (error) {
    if (isTransient(error)) throw error;
    return null;
  }
}

export function createForm(title: string): Form {
  return FormApp.create(title);
}

function itemType(item: FormItem): GoogleAppsScript.Forms.ItemType {
  const types = {
    section: FormApp.ItemType.SECTION_HEADER,
    text: FormApp.ItemType.TEXT,
    paragraph: FormApp.ItemType.PARAGRAPH_TEXT,
    choice: FormApp.ItemType.MULTIPLE_CHOICE,
    checkbox: FormApp.ItemType.CHECKBOX,
  };
  return types[item.kind];
}

function addItem(form: Form, item: FormItem) {
  switch (item.kind) {
    case 'section':
      return form.addSectionHeaderItem();
    case 'text':
      return form.addTextItem();
    case 'paragraph':
      return form.addParagraphTextItem();
    case 'choice':
      return form.addMultipleChoiceItem();
    case 'checkbox':
      return form.addCheckboxItem();
  }
}

function typed(existing: Item, item: FormItem) {
  switch (item.kind) {
    case 'section':
      return existing.asSectionHeaderItem();
    case 'text':
      return existing.asTextItem();
    case 'paragraph':
      return existing.asParagraphTextItem();
    case 'choice':
      return existing.asMultipleChoiceItem();
    case 'checkbox':
      return existing.asCheckboxItem();
  }
}

/** Writes the spec; returns the id of each item, to keep for the next run. */
export function writeForm(form: Form, spec: FormSpec, known: ItemIds): Record<ItemKey, number> {
  form.setTitle(spec.title);
  form.setDescription(spec.description);
  form.setConfirmationMessage(spec.confirmation);
  const current = form.getItems().map((item) => ({
    item,
    id: item.getId(),
    type: item.getType(),
    title: item.getTitle(),
  }));
  /** Item ids in the form's order, kept up to date as items are added and moved. */
  const order = current.map((c) => c.id);
  const claimed = new Set<number>();
  const ids = {} as Record<ItemKey, number>;
  spec.items.forEach((item, index) => {
    // By the id kept from the last run; else (a run that failed before keeping ids) by type and title, so a
    // re-run adopts the items it made instead of adding them twice.
    const type = itemType(item);
    // An untitled item of the type is one a run added and stopped before titling: it is adopted too.
    const match =
      current.find((c) => c.id === known[item.key] && c.type === type) ??
      current.find((c) => !claimed.has(c.id) && c.type === type && c.title === item.title) ??
      current.find((c) => !claimed.has(c.id) && c.type === type && c.title === '');
    if (match) claimed.add(match.id);
    const written = match ? typed(match.item, item) : addItem(form, item);
    written.setTitle(item.title);
    written.setHelpText(item.help);
    if (item.kind !== 'section') {
      (written as GoogleAppsScript.Forms.TextItem).setRequired(item.required);
    }
    if (item.kind === 'choice' || item.kind === 'checkbox') {
      const choice = written as GoogleAppsScript.Forms.MultipleChoiceItem;
      choice.setChoiceValues(item.choices.map((c) => c.label));
      choice.showOtherOption(item.other);
    }
    const id = match ? match.id : written.getId();
    ids[item.key] = id;
    if (!match) order.push(id);
    const at = order.indexOf(id);
    if (at === index) return;
    // A new item lands at the end; an item out of place (someone moved or re-added one) goes back to its place.
    form.moveItem(match ? match.item : form.getItemById(id)!, index);
    order.splice(at, 1);
    order.splice(index, 0, id);
  });
  return ids;
}

/**
 * Families answer without a Google account: published (the 2026 change), accepting answers, no sign-in, no
 * email collection, no "one response per user" (it needs sign-in), no summary of others' answers.
 */
export function openToRespondents(form: Form): void {
  form.setCollectEmail(false);
  form.setLimitOneResponsePerUser(false);
  form.setAllowResponseEdits(false);
  form.setShowLinkToRespondAgain(false);
  form.setPublishingSummary(false);
  if (typeof form.setPublished === 'function' && !form.isPublished?.()) form.setPublished(true);
  form.setAcceptingResponses(true);
  if (form.requiresLogin()) {
    try {
      form.setRequireLogin(false);
    } catch (error) {
      // The domain's policy refuses; a service failing for a moment is not a refusal.
      if (isTransient(error)) throw error;
      throw new UserError('inv.outsideRefused');
    }
  }
}

/** Where the form's answers go: a spreadsheet's id, or '' when nowhere yet. */
export function destinationId(form: Form): string {
  try {
    return form.getDestinationId();
  } catch (error) {
    // Linking again when the answer was only lost would make a second response tab.
    if (isTransient(error)) throw error;
    return '';
  }
}

/** Sends answers to the workbook unless they already go there; true when it linked them now. */
export function linkDestination(form: Form, spreadsheetId: string): boolean {
  if (destinationId(form) === spreadsheetId) return false;
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
  return true;
}

/**
 * The prefilled link with a placeholder for the code, from one toPrefilledUrl: every member's link is composed
 * from it, so the calls do not grow with the roster. The code is the only prefilled answer.
 */
export function prefilledTemplate(form: Form, codeItemId: number): string {
  const codeItem = form.getItemById(codeItemId)!.asTextItem();
  const url = form
    .createResponse()
    .withItemResponse(codeItem.createResponse(CODE_PLACEHOLDER))
    .toPrefilledUrl();
  if (!url.includes(CODE_PLACEHOLDER)) throw new Error('The prefilled link has no code.');
  return url;
}

export function linkFor(template: string, code: string): string {
  return template.replace(CODE_PLACEHOLDER, encodeURIComponent(code));
}

export function formUrls(form: Form): { published: string; edit: string } {
  return { published: form.getPublishedUrl(), edit: form.getEditUrl() };
}
