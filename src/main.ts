/**
 * The entry file: it only names what Apps Script must see. The build turns each export into a top-level
 * `function` declaration in dist/Code.js (menu handlers, triggers and the sidebar's RPC handlers).
 */

export { printedLetters } from './server/delivery-rpc';
export {
  addSelectionToCalendar,
  createAgendaForSelection,
  createGroupReportCommand,
  createMouDraftCommand,
} from './server/docs-commands';
export { chooseFolder } from './server/folder-picker';
export * from './server/handlers';
export { checkInstallation } from './server/installation';
export { createInvitations, onInvitationAnswer, syncAnswers } from './server/invitations';
export { onInstall, onOpen } from './server/menu';
export { openScheduleMeetings, openSidebar } from './server/sidebar';
export { loadSampleLea, setupWorkspace } from './server/workbook-commands';
