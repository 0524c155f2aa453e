/**
 * The invitation form as families read it, usually on a phone: short sentences, no acronyms, reading grade 8 or
 * below (a test measures it). Each key exists once per language, so a third language is one more file.
 */
export const enForms = {
  'form.title': (p: { lea: string }) => `${p.lea}: join our family and community group`,
  'form.intro': (p: { lea: string }) =>
    `${p.lea} invites you to join its Educational Partners Group. This is a team of parents, staff and people from the community. In our district, some groups of students are placed in special education or sent home from school more often than others. The state asks us to find out why and to make a plan to fix it. Your voice matters: you know your child and your community. This form takes about two minutes.`,
  'form.section.purpose': 'What the group does',
  'form.section.purpose.help':
    'The group looks at school data and listens to families, students and staff. It looks for the reasons some students are treated differently. Then it helps write a plan to make things fair for every student.',
  'form.section.time': 'How much time it takes',
  'form.section.time.help': (p: { count: number; length: string; dates: string }) =>
    p.count === 0
      ? `Each meeting lasts ${p.length}. We will send you the dates soon.`
      : `There ${p.count === 1 ? 'is 1 meeting' : `are ${p.count} meetings`}. Each one lasts ${p.length}.\n${p.dates}`,
  /** Hours to the half, e.g. "1½". */
  'form.length.about': (p: { span: string }) =>
    `about ${p.span} ${String(p.span) === '1' ? 'hour' : 'hours'}`,
  'form.length.between': (p: { min: string; max: string }) => `between ${p.min} and ${p.max} hours`,
  'form.section.role': 'What we ask of you',
  'form.section.role.help':
    'Come to the meetings when you can. One or two weeks before each meeting, we send you a short packet to read. At the meeting, share what you see and what your family lives. Help the group choose what to do first. You do not need to be an expert.',
  'form.section.support': 'Help we offer',
  'form.section.support.help':
    'We offer free interpretation and free childcare at every meeting. Tell us below what else would help you come.',
  'form.section.contact': 'Questions?',
  'form.section.contact.help': (p: { name: string; phone: string; email: string }) =>
    `Please contact ${p.name || 'our office'}.${p.phone ? ` Call ${p.phone}.` : ''}${p.email ? ` Email ${p.email}.` : ''}`,
  'form.meeting': (p: { date: string; time: string; place: string }) =>
    [p.date, p.time, p.place].filter(Boolean).join(' · '),
  'form.q.code': 'Your invitation code',
  'form.q.code.help': 'We filled this in for you. Please do not change it.',
  'form.q.join': 'Will you join the group?',
  'form.join.yes': 'Yes, I will join',
  'form.join.no': 'No, not this time',
  'form.join.talk': 'I would like to talk first',
  'form.q.meetings': 'Which meetings can you come to?',
  'form.q.meetings.help': 'Check all the dates that work for you.',
  'form.q.language': 'In which language do you want our letters and papers?',
  'form.lang.en': 'English',
  'form.lang.es': 'Spanish',
  'form.q.supports': 'What would help you come?',
  'form.q.supports.help': 'Check all that apply.',
  'form.support.interpretation': 'An interpreter',
  'form.support.childcare': 'Childcare',
  'form.support.transportation': 'A ride or a bus pass',
  'form.support.accessibility': 'Help with a disability, like a ramp or large print',
  'form.q.contactBy': 'What is the best way to reach you?',
  'form.contact.email': 'Email',
  'form.contact.call': 'Phone call',
  'form.contact.text': 'Text message',
  'form.contact.mail': 'Letter in the mail',
  'form.q.comments': 'Do you have questions or comments?',
  'form.confirmation': (p: { name: string; phone: string }) =>
    `Thank you! We got your answer. ${p.name || 'Someone from our office'} will get in touch with you before the first meeting.${p.phone ? ` If you have questions, call ${p.phone}.` : ''}`,
  'form.other': 'Other:',
  'form.submit': 'Submit',
  'form.required': 'Required',
} as const;
