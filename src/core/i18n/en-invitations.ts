/** Strings of invitations and the group's folder that district staff read: columns, notes, menu, messages. */
export const enInvitations = {
  'status.wants-to-talk': 'Wants to talk first',
  'field.inviteCode': 'Invitation code',
  'field.inviteLink': 'Invitation link',
  'field.rsvpMeetings': 'Can attend',
  'field.supports': 'Supports needed',
  'field.contactBy': 'Best way to reach',
  'field.rsvpComments': 'Questions or comments',
  'wb.note.inviteCode':
    'Filled by the add-on: a random code in this member’s personal form link. Do not change it: answers are matched to the member by it.',
  'wb.note.inviteLink':
    'Filled by the add-on: this member’s personal link to the invitation form, in their preferred language.',
  'wb.note.rsvpMeetings': 'From the member’s answer: the dates of the meetings they can attend.',
  'wb.note.supports':
    'From the member’s answer: interpretation, childcare, transportation, accessibility or other support.',
  'wb.note.contactBy': 'From the member’s answer: how they prefer to be reached.',
  'wb.note.rsvpComments': 'From the member’s answer: their questions or comments.',
  'menu.chooseFolder': 'Choose the group’s folder',
  'folder.kind.forms': 'Invitation forms',
  'folder.kind.letters': 'Letters',
  'folder.kind.agendas': 'Agendas',
  'folder.kind.mou': 'MOU drafts',
  'folder.kind.reports': 'Reports',
  'folder.notChosen':
    'No folder is chosen for the group yet, so new files stay in your My Drive. To keep them in the LEA’s shared drive, use Extensions › Educational Partners Toolkit › Choose the group’s folder.',
  'folder.notConfigured':
    'The folder picker is not set up for this copy of the add-on. Whoever deployed it must add PICKER_PROJECT_NUMBER and PICKER_API_KEY to the script properties (see the README).',
  'folder.notAFolder': 'That item is not a folder. Please choose a folder.',
  'folder.notFound': 'That folder cannot be opened. Please choose it again.',
  'folder.chosen': (p: { name: string }) => `New files of the group will be saved in “${p.name}”.`,
  'folder.pickerTitle': 'Choose the group’s folder',
  'folder.pickerIntro':
    'Pick the folder in the LEA’s shared drive where the group’s files belong. The add-on sees only this folder and the files it creates there.',
  'folder.pickerOpen': 'Open the folder picker',
  'folder.pickerFailed': 'The folder picker could not open. Please close this window and try again.',
} as const;
