/**
 * Installable triggers. A Sheets add-on may only make triggers for its own file, and one of each kind per user
 * per document: answers come back through one spreadsheet form-submit trigger serving every form.
 */

/** Installs the form-submit trigger unless this user already has it for this spreadsheet; true when installed now. */
export function ensureFormSubmitTrigger(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  handler: string,
): boolean {
  const installed = ScriptApp.getUserTriggers(spreadsheet).some(
    (t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT,
  );
  if (installed) return false;
  ScriptApp.newTrigger(handler).forSpreadsheet(spreadsheet).onFormSubmit().create();
  return true;
}
