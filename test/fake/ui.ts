import type { Expect, NoExtraMembers } from './api-check';
import type { World } from './context';
import { raw, tag } from './recorder';
import { enumOf } from './spreadsheet-rules';

export const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: MenuRecord };

export interface MenuRecord {
  caption: string;
  /** True for the add-on's entry under Extensions (createAddonMenu). */
  addon: boolean;
  items: MenuEntry[];
}

export interface ShownHtml {
  title: string;
  html: string;
  width: number;
  height: number;
}

/** What the code under test showed, for assertions; `responses` scripts the user's answers to alert/prompt. */
export interface UiRecord {
  menus: MenuRecord[];
  sidebars: ShownHtml[];
  dialogs: (ShownHtml & { modal: boolean })[];
  alerts: { title: string; prompt: string; buttons: string; response: string }[];
  prompts: { title: string; prompt: string; buttons: string; response: string; text: string }[];
  toasts: { message: string; title: string; timeoutSeconds: number }[];
  responses: { button?: string; text?: string }[];
}

export function emptyUiRecord(): UiRecord {
  return { menus: [], sidebars: [], dialogs: [], alerts: [], prompts: [], toasts: [], responses: [] };
}

/** Content, title and size of an HtmlOutput, read without recording calls. */
export interface HtmlOutputLike {
  getContent(): string;
  getTitle(): string;
  getWidth(): number;
  getHeight(): number;
}

function shown(output: HtmlOutputLike): ShownHtml {
  const o = raw(output);
  return { title: o.getTitle(), html: o.getContent(), width: o.getWidth(), height: o.getHeight() };
}

/** The first button of a set answers unless the test queued a response. */
function firstButton(buttons: string): string {
  return buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK;
}

export class FakeUi {
  readonly #world: World;
  readonly #service: string;
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(world: World, service: string) {
    this.#world = world;
    this.#service = service;
    tag(this, service, 'Ui');
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(...args: string[]): string {
    const [title, prompt, buttons] =
      args.length >= 3 ? args : args.length === 2 ? ['', args[0], args[1]] : ['', args[0], ButtonSet.OK];
    const set = buttons ?? ButtonSet.OK;
    const response = this.#world.ui.responses.shift()?.button ?? firstButton(set);
    this.#world.ui.alerts.push({ title: title ?? '', prompt: prompt ?? '', buttons: set, response });
    return response;
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.#world, this.#service, { caption: '', addon: true, items: [] });
  }
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.#world, this.#service, { caption, addon: false, items: [] });
  }
  prompt(...args: string[]): FakePromptResponse {
    const [title, prompt, buttons] =
      args.length >= 3 ? args : args.length === 2 ? ['', args[0], args[1]] : ['', args[0], ButtonSet.OK];
    const set = buttons ?? ButtonSet.OK;
    const scripted = this.#world.ui.responses.shift();
    const response = scripted?.button ?? firstButton(set);
    const text = scripted?.text ?? '';
    this.#world.ui.prompts.push({ title: title ?? '', prompt: prompt ?? '', buttons: set, response, text });
    return new FakePromptResponse(this.#service, response, text);
  }
  showModalDialog(userInterface: HtmlOutputLike, title: string): void {
    this.#world.ui.dialogs.push({ ...shown(userInterface), title, modal: true });
  }
  showModelessDialog(userInterface: HtmlOutputLike, title: string): void {
    this.#world.ui.dialogs.push({ ...shown(userInterface), title, modal: false });
  }
  showSidebar(userInterface: HtmlOutputLike): void {
    this.#world.ui.sidebars.push(shown(userInterface));
  }
}

export class FakeMenu {
  readonly #world: World;
  readonly #menu: MenuRecord;

  constructor(world: World, service: string, menu: MenuRecord) {
    this.#world = world;
    this.#menu = menu;
    tag(this, service, 'Menu');
  }

  addItem(caption: string, functionName: string): this {
    this.#menu.items.push({ kind: 'item', caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.#menu.items.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    this.#menu.items.push({ kind: 'submenu', menu: raw(menu).#menu });
    return this;
  }
  /** Adding a menu with the same caption again replaces it, as reopening the file would. */
  addToUi(): void {
    const menus = this.#world.ui.menus;
    const i = menus.findIndex((m) => m.addon === this.#menu.addon && m.caption === this.#menu.caption);
    const copy = structuredClone(this.#menu);
    if (i >= 0) menus[i] = copy;
    else menus.push(copy);
  }
}

export class FakePromptResponse {
  readonly #button: string;
  readonly #text: string;

  constructor(service: string, button: string, text: string) {
    this.#button = button;
    this.#text = text;
    tag(this, service, 'PromptResponse');
  }

  getResponseText(): string {
    return this.#text;
  }
  getSelectedButton(): string {
    return this.#button;
  }
}

type B = typeof GoogleAppsScript.Base;
export type ApiChecks = [
  Expect<NoExtraMembers<FakeUi, GoogleAppsScript.Base.Ui>>,
  Expect<NoExtraMembers<FakeMenu, GoogleAppsScript.Base.Menu>>,
  Expect<NoExtraMembers<FakePromptResponse, GoogleAppsScript.Base.PromptResponse>>,
  Expect<NoExtraMembers<typeof Button, B['Button']>>,
  Expect<NoExtraMembers<typeof ButtonSet, B['ButtonSet']>>,
];
