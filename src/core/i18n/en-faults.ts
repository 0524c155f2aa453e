/**
 * What a person is told when a Google service failed for a moment: what happened to their request and what to
 * do. Keys end in what the message claims (the fault sweep checks the claim against the workbook):
 * `.unchanged` nothing was changed, `.saved` the change is in, `.partial` a job stopped part-way and running
 * it again finishes it; `fault.check` is for an operation that has not said which applies.
 */
export const enFaults = {
  'fault.check':
    'Google did not answer just now, so this may not have finished. Please check the workbook, then try again.',
  'fault.read.unchanged': 'The workbook could not be read just now. Nothing was changed. Please try again.',
  'fault.hours.retry':
    'Your hours may not have been saved: Google Sheets did not answer. Please save again; the entry is never added twice.',
  'fault.hours.saved':
    'Your hours were saved, but the summary could not be refreshed just now. Open the TA hours tab again to see it.',
  'fault.undo.retry':
    'Your entry may not have been removed: Google Sheets did not answer. Please try again; nothing else is removed.',
  'fault.undo.saved':
    'Your entry was removed, but the summary could not be refreshed just now. Open the TA hours tab again to see it.',
  'fault.attendance.retry':
    'The attendance may not all have been saved: Google Sheets did not answer. Your checks are still on screen; please save again.',
  'fault.timer.retry': 'The timer may not have been updated: Google did not answer. Please try again.',
  'fault.language.retry': 'The language may not have been saved: Google did not answer. Please try again.',
  'fault.select.retry': 'The row may not have been selected: Google Sheets did not answer. Please try again.',
  'fault.sidebar.unchanged':
    'The toolkit sidebar could not be opened just now. Nothing was changed. Please try again.',
  'fault.setup.partial':
    'Setup stopped before it finished because Google Sheets did not answer. Nothing you typed was changed. Run “Set up workspace” again to finish it.',
  'fault.sample.partial':
    'Loading the sample stopped before it finished because Google Sheets did not answer. Run “Load sample LEA” again to finish it.',
  'fault.letters.partial':
    'The letters were not finished because Google did not answer. Make them again: the same document is completed, never a second one.',
  'fault.series.partial':
    'The meetings were not all added because Google did not answer. Schedule the same series again: meetings already added are not added twice.',
  'fault.agenda.partial':
    'The agenda was not finished because Google did not answer. Create it again: the same document is completed, never a second one.',
  'fault.mou.partial':
    'The MOU draft was not finished because Google did not answer. Create it again: the same document is completed, never a second one.',
  'fault.report.partial':
    'The group report was not finished because Google did not answer. Create it again: the same document is completed, never a second one.',
  'fault.calendar.partial':
    'Not every meeting reached the calendar because Google did not answer. Add them again: events already there are updated, never doubled.',
  'fault.send.retry':
    'Sending stopped because Google did not answer. Press “Continue sending”: nobody who already has the email gets it twice.',
  'fault.walkIn.retry':
    'The walk-in may not have been added: Google Sheets did not answer. Please add them again; no one is added twice.',
  'fault.walkIn.saved':
    'The walk-in was added and marked present, but the meeting list could not be refreshed just now. Open the meeting again to see them.',
  'fault.todaysMeeting.retry':
    'Today’s meeting may not have been added: Google Sheets did not answer. Please try again; it is never added twice.',
  'fault.todaysMeeting.saved':
    'Today’s meeting was added, but the meeting list could not be refreshed just now. Open the meeting panel again to see it.',
  'fault.invitations.partial':
    'Making the invitations stopped before it finished because Google did not answer. Nothing was lost or made twice. Run “Create or update invitations” again to finish it.',
  'fault.answers.partial':
    'Syncing the answers stopped before it finished because Google did not answer. No answer is lost: they stay on the response tabs. Run “Sync answers” again to finish it.',
  'fault.folder.retry': 'The folder may not have been saved: Google did not answer. Please choose it again.',
  'fault.picker.unchanged':
    'The folder picker could not be opened just now. Nothing was changed. Please try again.',
  // Inputs Apps Script would refuse, refused first with the field and the limit.
  'meeting.unknownMember': (p: { id: string; tab: string }) =>
    `“${p.id}” is not on the ${p.tab} tab. Reload the meeting list and mark the people shown.`,
  'limit.row': (p: { row: number; tab: string }) =>
    `Row ${p.row} is not on the ${p.tab} tab. Reload the roster check.`,
  // Answers the sidebar's calls give when a request no longer fits the workbook.
  'hours.unknownIndicator': (p: { indicator: string; tab: string; shared: string }) =>
    `“${p.indicator}” is not one of the indicators on the ${p.tab} tab. Choose one from the list, or “${p.shared}”.`,
  'hours.cannotUndo': 'Only your own most recent entry can be undone, and this one is not it (anymore).',
  'meeting.unknown': (p: { tab: string }) =>
    `That meeting is no longer on the ${p.tab} tab. Reload the list and pick it again.`,
  'meeting.noTimer': 'No session timer is running.',
} as const;
