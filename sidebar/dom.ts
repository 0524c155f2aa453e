/**
 * The sidebar's few DOM helpers. Text always goes in as text nodes (never innerHTML), so a member named
 * `<img onerror=…>` is shown as those characters.
 */

type Child = Node | string | null | undefined | false;
type Props<K extends keyof HTMLElementTagNameMap> = Partial<Omit<HTMLElementTagNameMap[K], 'style'>> & {
  /** Attributes set with setAttribute (aria-*, data-*, role, for…). */
  attrs?: Record<string, string | number | boolean | undefined>;
};

function setAttrs(node: Element, attrs: Record<string, string | number | boolean | undefined> = {}): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) node.removeAttribute(name);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props<K> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const { attrs, ...rest } = props;
  const node = Object.assign(document.createElement(tag), rest);
  setAttrs(node, attrs);
  node.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | undefined> = {},
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  node.append(...children);
  return node;
}

let nextId = 0;
/** A document-unique id for label/aria wiring. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A polite live region: loading, saving and saved states are announced without moving focus. */
export function statusLine(): HTMLParagraphElement {
  return el('p', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
}

/** An assertive region for errors: the message and, if given, a button to try again. */
export function alertBox(): HTMLDivElement {
  return el('div', { className: 'alert-box', attrs: { role: 'alert' } });
}

export function showAlert(
  box: HTMLElement,
  message: string,
  retry?: { label: string; run: () => void },
): void {
  box.replaceChildren();
  if (!message) return;
  box.append(el('p', { className: 'error' }, message));
  if (retry)
    box.append(el('button', { type: 'button', className: 'secondary', onclick: retry.run }, retry.label));
}

export function clearAlert(box: HTMLElement): void {
  box.replaceChildren();
}
