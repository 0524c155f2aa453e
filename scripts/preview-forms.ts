/**
 * The preview's invitation forms as families see them on a phone: each form drawn from the Forms fake at
 * about 380 px, opened from a member's personal link (so the code is filled in), and answering it submits a
 * response through the same path as Google (the response tab, then the add-on's form-submit trigger).
 */
import { LANGS, type Lang, t } from '../src/core/i18n';
import type { FormModel, ItemModel } from '../test/fake/forms';
import type { Workspace } from '../test/fake/workspace';
import type { Route, RouteRequest } from '../test/harness/bridge';

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const OTHER = '__other_option__';

const STYLE = `
  body { margin: 0; font: 16px/1.5 Roboto, Arial, sans-serif; color: #202124; background: #f0ebf8; }
  main { max-width: 380px; margin: 0 auto; padding: 12px; box-sizing: border-box; }
  .card { background: #fff; border-radius: 8px; padding: 16px; margin: 12px 0; border: 1px solid #dadce0; }
  .head { border-top: 10px solid #673ab7; }
  h1 { font-size: 1.5rem; margin: 0 0 8px; } h2 { font-size: 1.15rem; margin: 0 0 4px; }
  p, .help { white-space: pre-line; margin: 4px 0; } .help { color: #5f6368; font-size: 0.9rem; }
  fieldset { border: 0; padding: 0; margin: 0; } legend { font-weight: 700; padding: 0; }
  label { display: block; margin: 8px 0; } input[type=text], textarea { width: 100%; box-sizing: border-box; font: inherit; padding: 6px; }
  button { font: inherit; background: #673ab7; color: #fff; border: 0; border-radius: 4px; padding: 10px 24px; cursor: pointer; }
  :focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
  .frames { display: flex; flex-wrap: wrap; gap: 24px; padding: 16px; }
  .frames section { flex: none; } iframe { width: 380px; height: 760px; border: 1px solid #dadce0; border-radius: 12px; background: #fff; }
  .top { padding: 8px 16px; background: #fff; border-bottom: 1px solid #dadce0; } .top h1 { font-size: 1.1rem; }
`;

function page(lang: Lang, title: string, body: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

function forms(ws: Workspace): Partial<Record<Lang, FormModel>> {
  const raw = ws.execution((g) =>
    (g.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
      .getDocumentProperties()
      .getProperty('invitations'),
  );
  const state = JSON.parse(JSON.parse(raw ?? '{}').state ?? '{}') as {
    forms?: Partial<Record<Lang, { formId?: string }>>;
  };
  return Object.fromEntries(
    LANGS.flatMap((lang) => {
      const id = state.forms?.[lang]?.formId;
      return id ? [[lang, ws.form(id)]] : [];
    }),
  );
}

/** The first member's personal link to this form, as its query string (the code is its only answer). */
function memberQuery(ws: Workspace, form: FormModel): string {
  for (const sheet of ws.spreadsheet.getSheets()) {
    const values = sheet.getDataRange().getDisplayValues();
    const link = values.flat().find((v) => v.includes(form.publishedKey) && v.includes('usp=pp_url'));
    if (link) return link.split('?')[1] ?? '';
  }
  return '';
}

function itemHtml(lang: Lang, item: ItemModel, prefill: URLSearchParams): string {
  const name = `entry.${item.id}`;
  const help = item.helpText ? `<p class="help" id="h${item.id}">${escapeHtml(item.helpText)}</p>` : '';
  const described = item.helpText ? ` aria-describedby="h${item.id}"` : '';
  const required = item.required ? ` required aria-required="true"` : '';
  const star = item.required
    ? ` <span aria-hidden="true">*</span><span class="help"> (${t(lang, 'form.required')})</span>`
    : '';
  switch (item.type) {
    case 'SECTION_HEADER':
      return `<div class="card"><h2>${escapeHtml(item.title)}</h2>${help}</div>`;
    case 'TEXT':
    case 'PARAGRAPH_TEXT': {
      const value = escapeHtml(prefill.get(name) ?? '');
      const input =
        item.type === 'TEXT'
          ? `<input type="text" id="i${item.id}" name="${name}" value="${value}"${described}${required}>`
          : `<textarea id="i${item.id}" name="${name}" rows="3"${described}${required}>${value}</textarea>`;
      return `<div class="card"><label for="i${item.id}"><strong>${escapeHtml(item.title)}</strong>${star}</label>${help}${input}</div>`;
    }
    default: {
      const type = item.type === 'CHECKBOX' ? 'checkbox' : 'radio';
      const options = item.choices.map(
        (c) =>
          `<label><input type="${type}" name="${name}" value="${escapeHtml(c.value)}"${type === 'radio' ? required : ''}> ${escapeHtml(c.value)}</label>`,
      );
      if (item.otherOption)
        options.push(
          `<label><input type="${type}" name="${name}" value="${OTHER}"> ${t(lang, 'form.other')}</label><input type="text" name="${name}.other_option_response" aria-label="${escapeHtml(`${item.title} ${t(lang, 'form.other')}`)}">`,
        );
      return `<div class="card"><fieldset${described}><legend>${escapeHtml(item.title)}${star}</legend>${help}${options.join('')}</fieldset></div>`;
    }
  }
}

function formHtml(lang: Lang, form: FormModel, prefill: URLSearchParams): string {
  return page(
    lang,
    form.title,
    `<main><div class="card head"><h1>${escapeHtml(form.title)}</h1><p>${escapeHtml(form.description)}</p></div>
<form method="post" action="/form?lang=${lang}">${form.items.map((i) => itemHtml(lang, i, prefill)).join('')}
<button type="submit">${t(lang, 'form.submit')}</button></form></main>`,
  );
}

/** A POSTed answer as the fake's answers by item id: "Other" replaced by its text, checkboxes as lists. */
function answers(form: FormModel, body: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const item of form.items) {
    const other = body.get(`entry.${item.id}.other_option_response`) ?? '';
    const values = body
      .getAll(`entry.${item.id}`)
      .map((v) => (v === OTHER ? other : v))
      .filter((v) => v.trim() !== '');
    if (values.length === 0) continue;
    out[String(item.id)] = item.type === 'CHECKBOX' ? values : values[0]!;
  }
  return out;
}

export function formsRoutes(ws: Workspace, readerLang: Lang): Record<string, (r: RouteRequest) => Route> {
  const html = (body: string): Route => ({ type: 'text/html', body });
  return {
    '/forms': () => {
      const all = forms(ws);
      const frames = LANGS.flatMap((lang) => {
        const form = all[lang];
        if (!form) return [];
        const label = t(readerLang, `lang.${lang}`);
        return [
          `<section><h2>${escapeHtml(label)}</h2><iframe title="${escapeHtml(`${label}: ${form.title}`)}" src="/form?lang=${lang}&amp;${escapeHtml(memberQuery(ws, form))}"></iframe></section>`,
        ];
      });
      const body = frames.length
        ? `<div class="frames">${frames.join('')}</div>`
        : `<p class="card">${escapeHtml(t(readerLang, 'pv.noForms'))}</p>`;
      return html(
        page(
          readerLang,
          t(readerLang, 'pv.formsTitle'),
          `<header class="top"><h1>${escapeHtml(t(readerLang, 'pv.formsTitle'))}</h1><p>${escapeHtml(t(readerLang, 'pv.formsIntro'))}</p><p><a href="/">${escapeHtml(t(readerLang, 'pv.back'))}</a></p></header><main style="max-width:none">${body}</main>`,
        ),
      );
    },
    '/form': (request) => {
      const lang = (LANGS as readonly string[]).includes(request.query.get('lang') ?? '')
        ? (request.query.get('lang') as Lang)
        : 'en';
      const form = forms(ws)[lang];
      if (!form)
        return html(
          page(
            readerLang,
            t(readerLang, 'pv.formsTitle'),
            `<p>${escapeHtml(t(readerLang, 'pv.noForms'))}</p>`,
          ),
        );
      if (request.method !== 'POST') return html(formHtml(lang, form, request.query));
      let said = form.confirmationMessage;
      try {
        ws.fireFormSubmit(form.id, answers(form, new URLSearchParams(request.body)), { signedIn: false });
      } catch (error) {
        said = (error as Error).message;
      }
      return html(
        page(
          lang,
          form.title,
          `<main><div class="card head"><h1>${escapeHtml(form.title)}</h1><p role="status">${escapeHtml(said)}</p><p><a href="/form?lang=${lang}">${escapeHtml(t(lang, 'pv.answerAgain'))}</a></p></div></main>`,
        ),
      );
    },
  };
}
