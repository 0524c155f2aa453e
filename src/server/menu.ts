import { t } from '../core/i18n/i18n';

/**
 * Menu captions carry both languages: onOpen runs in AuthMode.NONE before the add-on is enabled in a file,
 * where the user's locale cannot be read, and it must build the menu and touch nothing else.
 */
function caption(
  key:
    | 'menu.openSidebar'
    | 'menu.setup'
    | 'menu.sample'
    | 'menu.chooseFolder'
    | 'menu.scheduleMeetings'
    | 'menu.createAgenda'
    | 'menu.addToCalendar'
    | 'menu.mouDraft'
    | 'menu.groupReport'
    | 'menu.invitations'
    | 'menu.syncAnswers'
    | 'menu.letters'
    | 'menu.check',
): string {
  return `${t('en', key)} · ${t('es', key)}`;
}

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(caption('menu.openSidebar'), 'openSidebar')
    .addSeparator()
    .addItem(caption('menu.setup'), 'setupWorkspace')
    .addItem(caption('menu.sample'), 'loadSampleLea')
    .addSeparator()
    .addItem(caption('menu.invitations'), 'createInvitations')
    .addItem(caption('menu.syncAnswers'), 'syncAnswers')
    .addItem(caption('menu.letters'), 'printedLetters')
    .addItem(caption('menu.chooseFolder'), 'chooseFolder')
    .addItem(caption('menu.scheduleMeetings'), 'openScheduleMeetings')
    .addItem(caption('menu.createAgenda'), 'createAgendaForSelection')
    .addItem(caption('menu.addToCalendar'), 'addSelectionToCalendar')
    .addItem(caption('menu.mouDraft'), 'createMouDraftCommand')
    .addItem(caption('menu.groupReport'), 'createGroupReportCommand')
    .addSeparator()
    .addItem(caption('menu.check'), 'checkInstallation')
    .addToUi();
}

/** Installing from the Marketplace does not fire onOpen for the already open file, so do it here. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
