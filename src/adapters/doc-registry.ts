/**
 * Which Doc the add-on made for each purpose (an agenda per meeting, the MOU draft, the report), kept in
 * document properties. It is written right after a Doc is created and before anything else, so a run that fails
 * half way is completed by running it again, into the same Doc, and nothing is made twice.
 */
const PREFIX = 'docs.';

export type DocPurpose = `agenda.${string}` | 'mou' | 'report';

export function registeredDocId(purpose: DocPurpose): string | undefined {
  return PropertiesService.getDocumentProperties().getProperty(PREFIX + purpose) ?? undefined;
}

export function registerDoc(purpose: DocPurpose, id: string): void {
  PropertiesService.getDocumentProperties().setProperty(PREFIX + purpose, id);
}
