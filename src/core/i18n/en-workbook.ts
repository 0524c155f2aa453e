/** Strings of the generated workbook: tab names, headers, header notes, the Start tab's guide. */
export const enWorkbook = {
  'wb.tab.start': 'Start',
} as const;
