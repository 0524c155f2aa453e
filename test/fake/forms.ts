import type { Expect, NoExtraMembers } from './api-check';
import type { World } from './context';
import { raw, tag } from './recorder';
import { FakeSpreadsheet, SheetModel } from './spreadsheet';
import { enumOf } from './spreadsheet-rules';
import { FakeUi } from './ui';

const SERVICE = 'FormApp';
export const MIME_FORM = 'application/vnd.google-apps.form';

export const ItemType = enumOf(
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
);
export const DestinationType = enumOf('SPREADSHEET');
export const PageNavigationType = enumOf('CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT');
export const Alignment = enumOf('LEFT', 'CENTER', 'RIGHT');

type ItemKind =
  | 'CHECKBOX'
  | 'LIST'
  | 'MULTIPLE_CHOICE'
  | 'PAGE_BREAK'
  | 'PARAGRAPH_TEXT'
  | 'SECTION_HEADER'
  | 'TEXT';

export interface ChoiceModel {
  value: string;
  navigation: string | null;
  gotoPageId: number | null;
}

export interface ItemModel {
  id: number;
  type: ItemKind;
  title: string;
  helpText: string;
  required: boolean;
  choices: ChoiceModel[];
  otherOption: boolean;
  navigation: string;
  gotoPageId: number | null;
}

export interface ResponseModel {
  id: string;
  timestamp: Date;
  email: string;
  answers: { itemId: number; value: string | string[] }[];
}

export interface FormModel {
  id: string;
  name: string;
  title: string;
  description: string;
  confirmationMessage: string;
  published: boolean;
  acceptingResponses: boolean;
  collectEmail: boolean;
  /**
   * Only signed-in users of the owner's domain may answer. Forms made by a Google Workspace account start
   * restricted to its organization; "one response per user" also needs sign-in.
   * https://developers.google.com/apps-script/reference/forms/form#setRequireLogin(Boolean)
   */
  requireLogin: boolean;
  limitOneResponsePerUser: boolean;
  allowResponseEdits: boolean;
  /** Respondents see a summary of everyone's answers. */
  publishingSummary: boolean;
  destinationId: string | null;
  destinationSheetId: number | null;
  items: ItemModel[];
  responses: ResponseModel[];
  publishedKey: string;
}

/**
 * Forms created through the API are published until June 30, 2026 and unpublished after it; an unpublished form
 * takes no responses until published.
 * https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms
 */
const UNPUBLISHED_AFTER = Date.UTC(2026, 6, 1);

export function createFormModel(world: World, title: string): FormModel {
  const id = world.ids.next('FM');
  const published = world.clock.now().getTime() < UNPUBLISHED_AFTER;
  const model: FormModel = {
    id,
    name: title,
    title,
    description: '',
    confirmationMessage: '',
    published,
    acceptingResponses: published,
    collectEmail: false,
    requireLogin: world.workspaceDomain,
    limitOneResponsePerUser: false,
    allowResponseEdits: false,
    publishingSummary: false,
    destinationId: null,
    destinationSheetId: null,
    items: [],
    responses: [],
    publishedKey: `1FAIpQL${world.ids.next('PK').slice(4, 40)}`,
  };
  world.forms.set(id, model);
  world.drive.addFile({ id, name: title, mimeType: MIME_FORM });
  return model;
}

export function copyFormModel(world: World, fromId: string, name: string): string {
  const source = world.forms.get(fromId)!;
  const copy = createFormModel(world, name);
  Object.assign(copy, {
    ...structuredClone({ ...source, responses: [] }),
    id: copy.id,
    name,
    publishedKey: copy.publishedKey,
  });
  copy.destinationId = null;
  copy.destinationSheetId = null;
  return copy.id;
}

function isQuestion(i: ItemModel): boolean {
  return i.type !== 'PAGE_BREAK' && i.type !== 'SECTION_HEADER';
}

function publishedUrl(f: FormModel): string {
  return `https://docs.google.com/forms/d/e/${f.publishedKey}/viewform`;
}

/** The destination sheet's header row grows by one column per new question, as Forms does. */
function destinationSheet(world: World, f: FormModel): { sheet: SheetModel; columns: string[] } | null {
  const ss = f.destinationId ? world.spreadsheets.get(f.destinationId) : undefined;
  const sheet = ss?.sheetById(f.destinationSheetId ?? -1);
  if (!ss || !sheet) return null;
  const header: string[] = [];
  for (let c = 1; c <= sheet.maxColumns; c++) {
    const v = sheet.cell(1, c)?.v;
    if (v === undefined) break;
    header.push(String(v));
  }
  const wanted = [
    'Timestamp',
    ...(f.collectEmail ? ['Email Address'] : []),
    ...f.items.filter(isQuestion).map((i) => i.title),
  ];
  for (const title of wanted) {
    if (header.includes(title)) continue;
    if (header.length >= sheet.maxColumns) sheet.maxColumns = header.length + 1;
    sheet.ensure(1, header.length + 1).v = title;
    header.push(title);
  }
  return { sheet, columns: header };
}

/**
 * Records a response and writes its row to the destination sheet; returns the row number (0 without one).
 * A respondent who is not signed in (a family without a Google account) cannot answer a form that requires
 * sign-in, directly or through "one response per user".
 */
export function recordResponse(world: World, f: FormModel, r: ResponseModel, signedIn = true): number {
  if (!f.published || !f.acceptingResponses) throw new Error('This form is not accepting responses.');
  if (!signedIn && (f.requireLogin || f.limitOneResponsePerUser))
    throw new Error(
      'You need permission: this form can only be viewed by users in the owner’s organization.',
    );
  f.responses.push(r);
  const dest = destinationSheet(world, f);
  if (!dest) return 0;
  const row = dest.sheet.lastRow() + 1;
  if (row > dest.sheet.maxRows) dest.sheet.rows.push([]);
  const values: Record<string, unknown> = { Timestamp: r.timestamp, 'Email Address': r.email };
  for (const a of r.answers) {
    const item = f.items.find((i) => i.id === a.itemId);
    if (item) values[item.title] = Array.isArray(a.value) ? a.value.join(', ') : a.value;
  }
  dest.columns.forEach((title, j) => {
    const v = values[title];
    if (v !== undefined && v !== '')
      dest.sheet.ensure(row, j + 1).v = v instanceof Date ? new Date(v) : String(v);
  });
  return row;
}

export class FakeFormApp {
  readonly #world: World;
  readonly Alignment = Alignment;
  readonly DestinationType = DestinationType;
  readonly ItemType = ItemType;
  readonly PageNavigationType = PageNavigationType;

  constructor(world: World) {
    this.#world = world;
    tag(this, SERVICE, 'FormApp');
  }

  create(title: string): FakeForm {
    return new FakeForm(this.#world, createFormModel(this.#world, title));
  }
  getActiveForm(): FakeForm | null {
    return null;
  }
  getUi(): FakeUi {
    return new FakeUi(this.#world, SERVICE);
  }
  openById(id: string): FakeForm {
    const model = this.#world.forms.get(id);
    if (!model)
      throw new Error('Unexpected error while getting the method or property openById on object FormApp.');
    return new FakeForm(this.#world, model);
  }
  openByUrl(url: string): FakeForm {
    const byId = /\/forms\/d\/([\w-]+)/.exec(url)?.[1];
    const model =
      (byId && this.#world.forms.get(byId)) ||
      [...this.#world.forms.values()].find((f) => url.includes(f.publishedKey));
    if (!model)
      throw new Error('Unexpected error while getting the method or property openByUrl on object FormApp.');
    return new FakeForm(this.#world, model);
  }
}

export class FakeForm {
  readonly #world: World;
  readonly #m: FormModel;

  constructor(world: World, model: FormModel) {
    this.#world = world;
    this.#m = model;
    tag(this, SERVICE, 'Form');
  }

  #add(type: ItemKind): ItemModel {
    const item: ItemModel = {
      id: this.#world.ids.number(),
      type,
      title: '',
      helpText: '',
      required: false,
      choices: [],
      otherOption: false,
      navigation: PageNavigationType.CONTINUE,
      gotoPageId: null,
    };
    this.#m.items.push(item);
    return item;
  }

  addCheckboxItem(): FakeCheckboxItem {
    return new FakeCheckboxItem(this.#world, this.#m, this.#add('CHECKBOX'));
  }
  addListItem(): FakeFormListItem {
    return new FakeFormListItem(this.#world, this.#m, this.#add('LIST'));
  }
  addMultipleChoiceItem(): FakeMultipleChoiceItem {
    return new FakeMultipleChoiceItem(this.#world, this.#m, this.#add('MULTIPLE_CHOICE'));
  }
  addPageBreakItem(): FakePageBreakItem {
    return new FakePageBreakItem(this.#world, this.#m, this.#add('PAGE_BREAK'));
  }
  addParagraphTextItem(): FakeTextItem {
    return new FakeTextItem(this.#world, this.#m, this.#add('PARAGRAPH_TEXT'), 'ParagraphTextItem');
  }
  addSectionHeaderItem(): FakeSectionHeaderItem {
    return new FakeSectionHeaderItem(this.#world, this.#m, this.#add('SECTION_HEADER'));
  }
  addTextItem(): FakeTextItem {
    return new FakeTextItem(this.#world, this.#m, this.#add('TEXT'), 'TextItem');
  }
  collectsEmail(): boolean {
    return this.#m.collectEmail;
  }
  createResponse(): FakeFormResponse {
    return new FakeFormResponse(this.#world, this.#m, null);
  }
  deleteAllResponses(): this {
    this.#m.responses = [];
    return this;
  }
  deleteItem(item: unknown): void {
    const id = typeof item === 'number' ? this.#m.items[item]?.id : (raw(item) as FakeItem).getId();
    this.#m.items = this.#m.items.filter((i) => i.id !== id);
  }
  getConfirmationMessage(): string {
    return this.#m.confirmationMessage;
  }
  getDescription(): string {
    return this.#m.description;
  }
  getDestinationId(): string {
    if (!this.#m.destinationId) throw new Error('This form does not currently have a response destination.');
    return this.#m.destinationId;
  }
  getDestinationType(): string {
    if (!this.#m.destinationId) throw new Error('This form does not currently have a response destination.');
    return DestinationType.SPREADSHEET;
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.#m.id}/edit`;
  }
  getId(): string {
    return this.#m.id;
  }
  getItemById(id: number): FakeItem | null {
    const item = this.#m.items.find((i) => i.id === id);
    return item ? new FakeItem(this.#world, this.#m, item) : null;
  }
  getItems(itemType?: string): FakeItem[] {
    return this.#m.items
      .filter((i) => itemType === undefined || i.type === itemType)
      .map((i) => new FakeItem(this.#world, this.#m, i));
  }
  getPublishedUrl(): string {
    return publishedUrl(this.#m);
  }
  getResponses(): FakeFormResponse[] {
    return this.#m.responses.map((r) => new FakeFormResponse(this.#world, this.#m, r));
  }
  getTitle(): string {
    return this.#m.title;
  }
  hasLimitOneResponsePerUser(): boolean {
    return this.#m.limitOneResponsePerUser;
  }
  isAcceptingResponses(): boolean {
    return this.#m.published && this.#m.acceptingResponses;
  }
  /** Not in @types/google-apps-script 2.0.13; Apps Script added it with the 2026 publishing change. */
  isPublished(): boolean {
    return this.#m.published;
  }
  isPublishingSummary(): boolean {
    return this.#m.publishingSummary;
  }
  /** moveItem(item, toIndex) or moveItem(fromIndex, toIndex). */
  moveItem(from: unknown, to: number): FakeItem {
    const index =
      typeof from === 'number'
        ? from
        : this.#m.items.findIndex((i) => i.id === (raw(from) as FakeItem).getId());
    const [item] = this.#m.items.splice(index, 1);
    if (!item || to < 0 || to > this.#m.items.length) throw new Error('Invalid argument: to');
    this.#m.items.splice(to, 0, item);
    return new FakeItem(this.#world, this.#m, item);
  }
  removeDestination(): this {
    this.#m.destinationId = null;
    this.#m.destinationSheetId = null;
    return this;
  }
  setAcceptingResponses(enabled: boolean): this {
    this.#m.acceptingResponses = enabled;
    return this;
  }
  requiresLogin(): boolean {
    return this.#m.requireLogin;
  }
  setAllowResponseEdits(enabled: boolean): this {
    this.#m.allowResponseEdits = enabled;
    return this;
  }
  setCollectEmail(collect: boolean): this {
    this.#m.collectEmail = collect;
    return this;
  }
  setConfirmationMessage(message: string): this {
    this.#m.confirmationMessage = message;
    return this;
  }
  setDescription(description: string): this {
    this.#m.description = description;
    return this;
  }
  /**
   * Links a spreadsheet: Forms adds a "Form Responses N" sheet in front, headed Timestamp and the question titles.
   * https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
   */
  setDestination(type: string, id: string): this {
    if (type !== DestinationType.SPREADSHEET) throw new Error('Invalid argument: type');
    const ss = this.#world.spreadsheets.get(id);
    if (!ss)
      throw new Error(
        'Unexpected error while getting the method or property setDestination on object FormApp.Form.',
      );
    let n = 1;
    while (ss.sheets.some((s) => s.name === `Form Responses ${n}`)) n++;
    const sheet = new SheetModel(this.#world.ids.number(), `Form Responses ${n}`, 1000, 26);
    ss.sheets.unshift(sheet);
    this.#m.destinationId = id;
    this.#m.destinationSheetId = sheet.id;
    destinationSheet(this.#world, this.#m);
    return this;
  }
  setLimitOneResponsePerUser(enabled: boolean): this {
    this.#m.limitOneResponsePerUser = enabled;
    return this;
  }
  setProgressBar(_enabled: boolean): this {
    return this;
  }
  /** Publishing also opens the form to responses; unpublishing closes it. */
  setPublished(enabled: boolean): this {
    this.#m.published = enabled;
    this.#m.acceptingResponses = enabled;
    return this;
  }
  /**
   * An administrator may forbid forms that people outside the organization can answer; opening one then fails.
   * (Modelled: the reference documents the setting, not the error's wording.)
   */
  setRequireLogin(requireLogin: boolean): this {
    if (!requireLogin && !this.#world.outsideRespondersAllowed)
      throw new Error('Your organization does not allow forms that people outside it can answer.');
    this.#m.requireLogin = requireLogin;
    return this;
  }
  setPublishingSummary(enabled: boolean): this {
    this.#m.publishingSummary = enabled;
    return this;
  }
  setShowLinkToRespondAgain(_enabled: boolean): this {
    return this;
  }
  setTitle(title: string): this {
    this.#m.title = title;
    return this;
  }
}

/** Members every item type has. */
abstract class FakeItemBase {
  protected readonly world: World;
  protected readonly form: FormModel;
  protected readonly item: ItemModel;

  constructor(world: World, form: FormModel, item: ItemModel, type: string) {
    this.world = world;
    this.form = form;
    this.item = item;
    tag(this, SERVICE, type);
  }

  getHelpText(): string {
    return this.item.helpText;
  }
  getId(): number {
    return this.item.id;
  }
  getIndex(): number {
    return this.form.items.indexOf(this.item);
  }
  getTitle(): string {
    return this.item.title;
  }
  getType(): string {
    return this.item.type;
  }
  setHelpText(text: string): this {
    this.item.helpText = text;
    return this;
  }
  setTitle(title: string): this {
    this.item.title = title;
    return this;
  }
}

abstract class FakeQuestion extends FakeItemBase {
  isRequired(): boolean {
    return this.item.required;
  }
  setRequired(enabled: boolean): this {
    this.item.required = enabled;
    return this;
  }
}

abstract class FakeChoiceQuestion extends FakeQuestion {
  /** createChoice(value), (value, isCorrect), (value, navigationItem) or (value, PageNavigationType). */
  createChoice(value: string, target?: unknown): FakeChoice {
    if (target === undefined || typeof target === 'boolean')
      return new FakeChoice({ value, navigation: null, gotoPageId: null });
    if (typeof target === 'string') return new FakeChoice({ value, navigation: target, gotoPageId: null });
    const page = raw(target) as FakePageBreakItem;
    return new FakeChoice({ value, navigation: PageNavigationType.GO_TO_PAGE, gotoPageId: page.getId() });
  }
  getChoices(): FakeChoice[] {
    return this.item.choices.map((c) => new FakeChoice(c, this.world, this.form));
  }
  setChoiceValues(values: string[]): this {
    this.item.choices = values.map((value) => ({ value, navigation: null, gotoPageId: null }));
    return this;
  }
  setChoices(choices: FakeChoice[]): this {
    this.item.choices = choices.map((c) => ({ ...FakeChoice.modelOf(raw(c)) }));
    return this;
  }
}

export class FakeMultipleChoiceItem extends FakeChoiceQuestion {
  constructor(world: World, form: FormModel, item: ItemModel) {
    super(world, form, item, 'MultipleChoiceItem');
  }

  createResponse(response: string): FakeItemResponse {
    return new FakeItemResponse(this.world, this.form, this.item, response);
  }
  hasOtherOption(): boolean {
    return this.item.otherOption;
  }
  showOtherOption(enabled: boolean): this {
    this.item.otherOption = enabled;
    return this;
  }
}

export class FakeCheckboxItem extends FakeChoiceQuestion {
  constructor(world: World, form: FormModel, item: ItemModel) {
    super(world, form, item, 'CheckboxItem');
  }

  createResponse(responses: string[]): FakeItemResponse {
    return new FakeItemResponse(this.world, this.form, this.item, [...responses]);
  }
  hasOtherOption(): boolean {
    return this.item.otherOption;
  }
  showOtherOption(enabled: boolean): this {
    this.item.otherOption = enabled;
    return this;
  }
}

export class FakeFormListItem extends FakeChoiceQuestion {
  constructor(world: World, form: FormModel, item: ItemModel) {
    super(world, form, item, 'ListItem');
  }

  createResponse(response: string): FakeItemResponse {
    return new FakeItemResponse(this.world, this.form, this.item, response);
  }
}

/** TextItem and ParagraphTextItem. */
export class FakeTextItem extends FakeQuestion {
  constructor(world: World, form: FormModel, item: ItemModel, type: string) {
    super(world, form, item, type);
  }

  createResponse(response: string): FakeItemResponse {
    return new FakeItemResponse(this.world, this.form, this.item, response);
  }
}

export class FakePageBreakItem extends FakeItemBase {
  constructor(world: World, form: FormModel, item: ItemModel) {
    super(world, form, item, 'PageBreakItem');
  }

  getGoToPage(): FakePageBreakItem | null {
    const page = this.form.items.find((i) => i.id === this.item.gotoPageId);
    return page ? new FakePageBreakItem(this.world, this.form, page) : null;
  }
  getPageNavigationType(): string {
    return this.item.navigation;
  }
  setGoToPage(target: unknown): this {
    if (typeof target === 'string') {
      this.item.navigation = target;
      this.item.gotoPageId = null;
    } else {
      this.item.navigation = PageNavigationType.GO_TO_PAGE;
      this.item.gotoPageId = (raw(target) as FakePageBreakItem).getId();
    }
    return this;
  }
}

export class FakeSectionHeaderItem extends FakeItemBase {
  constructor(world: World, form: FormModel, item: ItemModel) {
    super(world, form, item, 'SectionHeaderItem');
  }
}

/** What getItems returns: cast with asMultipleChoiceItem() and friends, which check the type. */
export class FakeItem extends FakeItemBase {
  constructor(world: World, form: FormModel, item: ItemModel) {
    super(world, form, item, 'Item');
  }

  #check(type: ItemKind): void {
    if (this.item.type !== type) throw new Error(`Item with ID ${this.item.id} is not of type ${type}.`);
  }

  asCheckboxItem(): FakeCheckboxItem {
    this.#check('CHECKBOX');
    return new FakeCheckboxItem(this.world, this.form, this.item);
  }
  asListItem(): FakeFormListItem {
    this.#check('LIST');
    return new FakeFormListItem(this.world, this.form, this.item);
  }
  asMultipleChoiceItem(): FakeMultipleChoiceItem {
    this.#check('MULTIPLE_CHOICE');
    return new FakeMultipleChoiceItem(this.world, this.form, this.item);
  }
  asPageBreakItem(): FakePageBreakItem {
    this.#check('PAGE_BREAK');
    return new FakePageBreakItem(this.world, this.form, this.item);
  }
  asParagraphTextItem(): FakeTextItem {
    this.#check('PARAGRAPH_TEXT');
    return new FakeTextItem(this.world, this.form, this.item, 'ParagraphTextItem');
  }
  asSectionHeaderItem(): FakeSectionHeaderItem {
    this.#check('SECTION_HEADER');
    return new FakeSectionHeaderItem(this.world, this.form, this.item);
  }
  asTextItem(): FakeTextItem {
    this.#check('TEXT');
    return new FakeTextItem(this.world, this.form, this.item, 'TextItem');
  }
}

export class FakeChoice {
  readonly #c: ChoiceModel;
  readonly #world?: World;
  readonly #form?: FormModel;

  constructor(c: ChoiceModel, world?: World, form?: FormModel) {
    this.#c = c;
    this.#world = world;
    this.#form = form;
    tag(this, SERVICE, 'Choice');
  }

  /** For the owning item to store; not part of the API. */
  static modelOf(choice: FakeChoice): ChoiceModel {
    return choice.#c;
  }

  getGotoPage(): FakePageBreakItem | null {
    const page = this.#form?.items.find((i) => i.id === this.#c.gotoPageId);
    return page && this.#world && this.#form ? new FakePageBreakItem(this.#world, this.#form, page) : null;
  }
  getPageNavigationType(): string | null {
    return this.#c.navigation;
  }
  getValue(): string {
    return this.#c.value;
  }
  isCorrectAnswer(): boolean {
    return false;
  }
}

export class FakeItemResponse {
  readonly #world: World;
  readonly #form: FormModel;
  readonly #item: ItemModel;
  readonly #value: string | string[];

  constructor(world: World, form: FormModel, item: ItemModel, value: string | string[]) {
    this.#world = world;
    this.#form = form;
    this.#item = item;
    this.#value = value;
    tag(this, SERVICE, 'ItemResponse');
  }

  /** For the form response to store; not part of the API. */
  static answerOf(r: FakeItemResponse): { itemId: number; value: string | string[] } {
    return { itemId: r.#item.id, value: r.#value };
  }

  getItem(): FakeItem {
    return new FakeItem(this.#world, this.#form, this.#item);
  }
  getResponse(): string | string[] {
    return Array.isArray(this.#value) ? [...this.#value] : this.#value;
  }
}

export class FakeFormResponse {
  readonly #world: World;
  readonly #form: FormModel;
  readonly #answers: { itemId: number; value: string | string[] }[];
  #submitted: ResponseModel | null;

  constructor(world: World, form: FormModel, submitted: ResponseModel | null) {
    this.#world = world;
    this.#form = form;
    this.#submitted = submitted;
    this.#answers = submitted ? submitted.answers : [];
    tag(this, SERVICE, 'FormResponse');
  }

  getEditResponseUrl(): string {
    return `${publishedUrl(this.#form)}?edit2=${this.#submitted?.id ?? ''}`;
  }
  getId(): string | null {
    return this.#submitted?.id ?? null;
  }
  getItemResponses(): FakeItemResponse[] {
    return this.#answers.flatMap((a) => {
      const item = this.#form.items.find((i) => i.id === a.itemId);
      return item ? [new FakeItemResponse(this.#world, this.#form, item, a.value)] : [];
    });
  }
  getRespondentEmail(): string {
    return this.#submitted?.email ?? '';
  }
  getResponseForItem(item: unknown): FakeItemResponse | null {
    const id = (raw(item) as FakeItem).getId();
    return this.getItemResponses().find((r) => r.getItem().getId() === id) ?? null;
  }
  getTimestamp(): Date | null {
    return this.#submitted ? new Date(this.#submitted.timestamp) : null;
  }
  /**
   * Submits the response: it is stored on the form and written to the destination sheet. Installable
   * onFormSubmit triggers run when the test calls workspace.fireFormSubmit (they run in their own execution).
   */
  submit(): this {
    if (this.#submitted) throw new Error('This response has already been submitted.');
    const r: ResponseModel = {
      id: `2_ABaOnu${this.#world.ids.next('RS').slice(3, 40)}`,
      timestamp: this.#world.clock.now(),
      email: this.#form.collectEmail ? this.#world.userEmail : '',
      answers: this.#answers.map((a) => ({ ...a })),
    };
    recordResponse(this.#world, this.#form, r);
    this.#submitted = r;
    return this;
  }
  /** Prefilled link: one `entry.<item id>=value` per answer (repeated for checkboxes). */
  toPrefilledUrl(): string {
    const params = new URLSearchParams({ usp: 'pp_url' });
    for (const a of this.#answers) {
      for (const v of Array.isArray(a.value) ? a.value : [a.value]) params.append(`entry.${a.itemId}`, v);
    }
    return `${publishedUrl(this.#form)}?${params.toString()}`;
  }
  withItemResponse(response: FakeItemResponse): this {
    const answer = FakeItemResponse.answerOf(raw(response));
    const i = this.#answers.findIndex((a) => a.itemId === answer.itemId);
    if (i >= 0) this.#answers[i] = answer;
    else this.#answers.push(answer);
    return this;
  }
}

/** Returns the destination spreadsheet as a fake, for the workspace's trigger events. */
export function destinationOf(world: World, f: FormModel): FakeSpreadsheet | null {
  const ss = f.destinationId ? world.spreadsheets.get(f.destinationId) : undefined;
  return ss ? new FakeSpreadsheet(world, ss) : null;
}

type F = typeof GoogleAppsScript.Forms;
/** Members Apps Script has that @types/google-apps-script 2.0.13 does not list yet. */
interface NewerForm {
  isPublished(): boolean;
  setPublished(enabled: boolean): unknown;
}
export type ApiChecks = [
  Expect<NoExtraMembers<FakeFormApp, GoogleAppsScript.Forms.FormApp>>,
  Expect<NoExtraMembers<FakeForm, GoogleAppsScript.Forms.Form & NewerForm>>,
  Expect<NoExtraMembers<FakeItem, GoogleAppsScript.Forms.Item>>,
  Expect<NoExtraMembers<FakeMultipleChoiceItem, GoogleAppsScript.Forms.MultipleChoiceItem>>,
  Expect<NoExtraMembers<FakeCheckboxItem, GoogleAppsScript.Forms.CheckboxItem>>,
  Expect<NoExtraMembers<FakeFormListItem, GoogleAppsScript.Forms.ListItem>>,
  Expect<
    NoExtraMembers<FakeTextItem, GoogleAppsScript.Forms.TextItem & GoogleAppsScript.Forms.ParagraphTextItem>
  >,
  Expect<NoExtraMembers<FakePageBreakItem, GoogleAppsScript.Forms.PageBreakItem>>,
  Expect<NoExtraMembers<FakeSectionHeaderItem, GoogleAppsScript.Forms.SectionHeaderItem>>,
  Expect<NoExtraMembers<FakeChoice, GoogleAppsScript.Forms.Choice>>,
  Expect<NoExtraMembers<FakeItemResponse, GoogleAppsScript.Forms.ItemResponse>>,
  Expect<NoExtraMembers<FakeFormResponse, GoogleAppsScript.Forms.FormResponse>>,
  Expect<NoExtraMembers<typeof ItemType, F['ItemType']>>,
];
