/**
 * "Check this installation": what the fakes cannot prove, reported on a real account in plain words and the
 * reader's language. It changes nothing.
 *
 * TO ADD A CHECK (forms published, the group's folder reachable, mail quota left…): append an entry to
 * INSTALLATION_CHECKS with a `label` key and a `run` that reads (never writes) and returns `ok` and a `detail`
 * in the reader's language; add the label and detail messages to en-check.ts/es-check.ts. A check that throws
 * is reported as not reachable, and the others still run.
 */

import { openWorkbook } from '../adapters/workbook';
import type { Lang, MessageKey } from '../core/i18n/catalog';
import { t } from '../core/i18n/i18n';
import { ADDON_SCOPES } from '../core/scopes';
import { TEMPLATE_VERSION } from '../core/workbook/tabs';
import { currentLang } from './locale';
import { tell } from './notify';

export interface CheckResult {
  ok: boolean;
  detail: string;
}
export interface InstallationCheck {
  label: MessageKey;
  run(lang: Lang): CheckResult;
}

declare global {
  namespace GoogleAppsScript.Script {
    interface ScriptApp {
      /** The two-argument form answers which of the listed scopes are granted; not in @types 2.0.13. */
      getAuthorizationInfo(authMode: AuthMode, oAuthScopes: string[]): AuthorizationInfo;
    }
    interface AuthorizationInfo {
      getAuthorizedScopes?(): string[] | null;
    }
  }
}

const short = (scope: string) => scope.replace('https://www.googleapis.com/auth/', '');

const INSTALLATION_CHECKS: InstallationCheck[] = [
  {
    label: 'check.scopes',
    run: (lang) => {
      const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [...ADDON_SCOPES]);
      const granted = new Set(info.getAuthorizedScopes?.() ?? []);
      const missing = ADDON_SCOPES.filter((s) => !granted.has(s)).map(short);
      return missing.length === 0
        ? { ok: true, detail: t(lang, 'check.scopes.ok', { n: ADDON_SCOPES.length }) }
        : { ok: false, detail: t(lang, 'check.scopes.missing', { scopes: missing.join(', ') }) };
    },
  },
  {
    label: 'check.template',
    run: (lang) => {
      const { version } = openWorkbook(lang);
      if (version === 0) return { ok: false, detail: t(lang, 'check.template.none') };
      return version >= TEMPLATE_VERSION
        ? { ok: true, detail: t(lang, 'check.template.ok', { version }) }
        : { ok: false, detail: t(lang, 'check.template.old', { version, current: TEMPLATE_VERSION }) };
    },
  },
  {
    label: 'check.triggers',
    run: (lang) => {
      const triggers = ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet());
      const names = triggers.map((tr) => tr.getHandlerFunction()).join(', ');
      return { ok: true, detail: t(lang, 'check.triggers.list', { n: triggers.length, names }) };
    },
  },
  {
    label: 'check.lock',
    run: (lang) => {
      const lock = LockService.getDocumentLock();
      const free = lock.tryLock(1000);
      if (free) lock.releaseLock();
      return { ok: free, detail: t(lang, free ? 'check.lock.ok' : 'check.lock.busy') };
    },
  },
  {
    label: 'check.properties',
    run: (lang) => {
      const document = PropertiesService.getDocumentProperties().getKeys().length;
      const user = PropertiesService.getUserProperties().getKeys().length;
      return { ok: true, detail: t(lang, 'check.properties.ok', { document, user }) };
    },
  },
];

/** Runs every check, each on its own, and shows one report. */
export function checkInstallation(): void {
  const lang = currentLang();
  const lines = INSTALLATION_CHECKS.map((check) => {
    let result: CheckResult;
    try {
      result = check.run(lang);
    } catch (error) {
      console.error(error);
      result = { ok: false, detail: t(lang, 'check.unreachable') };
    }
    return `${result.ok ? '✓' : '✗'} ${t(lang, check.label)}: ${result.detail}`;
  });
  tell(lang, [t(lang, 'check.title'), '', ...lines].join('\n'), false);
}
