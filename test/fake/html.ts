import type { Expect, NoExtraMembers } from './api-check';
import type { World } from './context';
import { tag } from './recorder';
import { enumOf } from './spreadsheet-rules';

const SERVICE = 'HtmlService';

export const SandboxMode = enumOf('EMULATED', 'IFRAME', 'NATIVE');
export const XFrameOptionsMode = enumOf('ALLOWALL', 'DEFAULT');

function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function fileSource(world: World, filename: string): string {
  const name = filename.replace(/\.html$/, '');
  const source = world.htmlFiles.get(name);
  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
  if (source === undefined) throw new Error(`No HTML file named ${name} was found.`);
  return source;
}

/**
 * Turns a template into JavaScript: `<?= x ?>` prints x HTML-escaped, `<?!= x ?>` prints it raw, `<? code ?>`
 * runs code. Apps Script escapes by context (HTML, attribute, script); the fake always HTML-escapes.
 * https://developers.google.com/apps-script/guides/html/templates
 */
function compile(source: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of source.matchAll(/<\?(!=|=)?([\s\S]*?)\?>/g)) {
    parts.push(`__out += ${JSON.stringify(source.slice(last, m.index))};`);
    const code = m[2]!.trim();
    if (m[1] === '=') parts.push(`__out += __esc(${code});`);
    else if (m[1] === '!=') parts.push(`__out += __str(${code});`);
    else parts.push(code);
    last = m.index! + m[0].length;
  }
  parts.push(`__out += ${JSON.stringify(source.slice(last))};`);
  return `var __out = '';\nwith (__data) {\n${parts.join('\n')}\n}\nreturn __out;`;
}

export class FakeHtmlService {
  readonly #world: World;
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(world: World) {
    this.#world = world;
    tag(this, SERVICE, 'HtmlService');
  }

  createHtmlOutput(html?: string | FakeHtmlTemplate): FakeHtmlOutput {
    if (html instanceof FakeHtmlTemplate) return html.evaluate();
    return new FakeHtmlOutput(this.#world, html === undefined ? '' : String(html));
  }
  /** The file as it is: scriptlets are not evaluated. */
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this.#world, fileSource(this.#world, filename));
  }
  createTemplate(html: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.#world, String(html));
  }
  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.#world, fileSource(this.#world, filename));
  }
  getUserAgent(): string {
    return 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
  }
}

export class FakeHtmlOutput {
  readonly #world: World;
  #content: string;
  #title = '';
  #width = 300;
  #height = 500;
  #favicon: string | null = null;
  readonly #meta: { name: string; content: string }[] = [];

  constructor(world: World, content: string) {
    this.#world = world;
    this.#content = content;
    tag(this, SERVICE, 'HtmlOutput');
  }

  addMetaTag(name: string, content: string): this {
    this.#meta.push({ name, content });
    return this;
  }
  append(addedContent: string): this {
    this.#content += addedContent;
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.#content += escapeHtml(addedContent);
    return this;
  }
  asTemplate(): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.#world, this.#content);
  }
  clear(): this {
    this.#content = '';
    return this;
  }
  getContent(): string {
    return this.#content;
  }
  getFaviconUrl(): string | null {
    return this.#favicon;
  }
  getHeight(): number {
    return this.#height;
  }
  getMetaTags(): { name: string; content: string }[] {
    return this.#meta.map((m) => ({ ...m }));
  }
  getTitle(): string {
    return this.#title;
  }
  getWidth(): number {
    return this.#width;
  }
  setContent(content: string): this {
    this.#content = content;
    return this;
  }
  setFaviconUrl(iconUrl: string): this {
    this.#favicon = iconUrl;
    return this;
  }
  setHeight(height: number): this {
    this.#height = height;
    return this;
  }
  setSandboxMode(_mode: string): this {
    return this;
  }
  setTitle(title: string): this {
    this.#title = title;
    return this;
  }
  setWidth(width: number): this {
    this.#width = width;
    return this;
  }
  setXFrameOptionsMode(_mode: string): this {
    return this;
  }
}

/** Properties assigned to the template (`t.lang = 'es'`) are variables inside its scriptlets. */
export class FakeHtmlTemplate {
  readonly #world: World;
  readonly #source: string;
  [propName: string]: unknown;

  constructor(world: World, source: string) {
    this.#world = world;
    this.#source = source;
    tag(this, SERVICE, 'HtmlTemplate');
  }

  evaluate(): FakeHtmlOutput {
    const data = Object.assign(Object.create(null), this.#world.scriptScope, { ...this });
    const run = new Function('__data', '__esc', '__str', this.getCode()) as (
      d: object,
      esc: (v: unknown) => string,
      str: (v: unknown) => string,
    ) => string;
    const html = run(data, escapeHtml, (v) => String(v ?? ''));
    return new FakeHtmlOutput(this.#world, html);
  }
  getCode(): string {
    return compile(this.#source);
  }
  getCodeWithComments(): string {
    return compile(this.#source);
  }
  getRawContent(): string {
    return this.#source;
  }
}

type H = typeof GoogleAppsScript.HTML;
export type ApiChecks = [
  Expect<NoExtraMembers<FakeHtmlService, GoogleAppsScript.HTML.HtmlService>>,
  Expect<NoExtraMembers<FakeHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>>,
  Expect<NoExtraMembers<FakeHtmlTemplate, GoogleAppsScript.HTML.HtmlTemplate>>,
  Expect<NoExtraMembers<typeof SandboxMode, H['SandboxMode']>>,
];
