import { plural } from './plural';

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
  'inv.support.interpretation': 'Interpretation',
  'inv.support.childcare': 'Childcare',
  'inv.support.transportation': 'Transportation',
  'inv.support.accessibility': 'Accessibility',
  'inv.contact.email': 'Email',
  'inv.contact.call': 'Phone call',
  'inv.contact.text': 'Text message',
  'inv.contact.mail': 'Letter',
  'inv.unmatchedTab': 'Unmatched answers',
  'inv.responsesTab': (p: { language: string }) => `Answers (${p.language} form)`,
  'inv.col.received': 'Received',
  'inv.col.form': 'Form',
  'inv.col.answer': 'Will join',
  'inv.col.response': 'Response',
  'inv.note.unmatched':
    'Answers whose invitation code matches no member, or was changed, are kept here whole. Find the person, put the right code on their row, then use Sync answers.',
  'inv.outsideRefused':
    'Your organization does not let forms take answers from people outside it, so families without a district account could not answer. Nothing else was changed. Ask your Google Workspace administrator to allow it, then try again.',
  'menu.invitations': 'Create or update invitations',
  'menu.syncAnswers': 'Sync answers',
  'inv.done': (p: { members: number; tab: string; start: string }) =>
    plural('en', p.members, {
      one: `The English and Spanish forms are ready, and 1 member has a personal link on the ${p.tab} tab. The forms’ own links are on the ${p.start} tab.`,
      other: `The English and Spanish forms are ready, and ${p.members} members have a personal link on the ${p.tab} tab. The forms’ own links are on the ${p.start} tab.`,
    }),
  'inv.recreated': (p: { language: string; tab: string }) =>
    `The ${p.language} form had been deleted, so a new one was made. The links on the ${p.tab} tab now point to it.`,
  'inv.sync.done': (p: { applied: number; unmatched: number; tab: string }) =>
    `${plural('en', p.applied, { one: '1 answer', other: `${p.applied} answers` })} applied to the ${p.tab} tab; ${plural('en', p.unmatched, { one: '1 unmatched answer', other: `${p.unmatched} unmatched answers` })} kept on their tab.`,
  'inv.noForms': 'There are no invitation forms yet. Use Create or update invitations first.',
  'sb.tab.invitations': 'Invitations',
  'sb.inv.create': 'Create or update invitations',
  'sb.inv.sync': 'Sync answers',
  'sb.inv.working': 'Working…',
  'sb.inv.none': (p: { start: string; meetings: string }) =>
    `No invitation forms yet. Create them from the settings on the ${p.start} tab and the ${p.meetings} tab.`,
  'sb.inv.forms': 'Forms',
  'sb.inv.onStart': (p: { tab: string }) => `These links are also on the ${p.tab} tab.`,
  'sb.inv.open': (p: { language: string }) => `${p.language} form`,
  'sb.inv.edit': (p: { language: string }) => `Edit the ${p.language} form`,
  'sb.inv.folder': (p: { name: string }) => `Files are saved in “${p.name}”.`,
  'sb.inv.noFolder': 'No folder is chosen for the group: files stay in your My Drive.',
  'sb.inv.answers': 'Answers',
  'sb.inv.unmatched': (p: { n: number; tab: string }) =>
    plural('en', p.n, {
      one: `1 answer matches no member: see the ${p.tab} tab.`,
      other: `${p.n} answers match no member: see the ${p.tab} tab.`,
    }),
  'sb.inv.perMeeting': 'Support needed per meeting',
  'sb.inv.coming': 'Coming',
  'sb.inv.other': 'Other',
  'sb.inv.noMeetings': (p: { tab: string }) => `No planned meetings on the ${p.tab} tab.`,
} as const;
