/** "Check this installation": each check's name and what it found. */
export const enCheck = {
  'menu.check': 'Check this installation',
  'check.title': 'Check this installation (nothing was changed)',
  'check.unreachable': 'could not be reached just now; try again in a moment.',
  'check.scopes': 'Permissions',
  'check.scopes.ok': (p: { n: number }) => `all ${p.n} permissions the add-on asks for are granted.`,
  'check.scopes.missing': (p: { scopes: string }) =>
    `not granted yet: ${p.scopes}. Run any menu command to be asked again.`,
  'check.template': 'Workbook',
  'check.template.none': 'not set up yet: run “Set up workspace”.',
  'check.template.ok': (p: { version: number }) => `set up, template version ${p.version} (the current one).`,
  'check.template.old': (p: { version: number; current: number }) =>
    `template version ${p.version}; run “Set up workspace” to bring it to version ${p.current}.`,
  'check.triggers': 'Triggers',
  'check.triggers.list': (p: { n: number; names: string }) =>
    p.n === 0 ? 'none for this workbook yet.' : `${p.n} for this workbook: ${p.names}.`,
  'check.lock': 'Saving lock',
  'check.lock.ok': 'reachable.',
  'check.lock.busy': 'held by someone saving right now; try again in a moment.',
  'check.properties': 'Stored settings',
  'check.properties.ok': (p: { document: number; user: number }) =>
    `reachable (${p.document} for this workbook, ${p.user} of yours).`,
} as const;
