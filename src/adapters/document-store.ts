/**
 * Small records the add-on keeps with the workbook (document properties): ids of the files and folders it made,
 * so a re-run finds them instead of making copies. One read and one write per call, whatever the record.
 */

export function readDocumentRecord(key: string): Record<string, string> {
  const raw = PropertiesService.getDocumentProperties().getProperty(key);
  try {
    const parsed: unknown = JSON.parse(raw ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

export function writeDocumentRecord(key: string, record: Record<string, string>): void {
  PropertiesService.getDocumentProperties().setProperty(key, JSON.stringify(record));
}
