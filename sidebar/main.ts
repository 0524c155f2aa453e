import { type Lang, langFromLocale, t } from '../src/core/i18n';
import { call } from './rpc-client';

const app = document.getElementById('app') as HTMLElement;
let lang: Lang = langFromLocale(app.dataset.lang);

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function render(status: Node | string): void {
  document.documentElement.lang = lang;
  app.replaceChildren(el('h1', {}, t(lang, 'sidebar.title')), el('p', { className: 'status' }, status));
}

async function start(): Promise<void> {
  render(t(lang, 'sidebar.loading'));
  try {
    const result = await call('getSidebarState', {});
    if (!result.ok) return render(result.error.message);
    lang = result.value.lang;
    render(t(lang, 'sidebar.connected', { lea: result.value.spreadsheetName }));
  } catch {
    render(t(lang, 'error.unexpected'));
  }
}

void start();
