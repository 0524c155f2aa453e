/**
 * Requests from the sidebar that make something new (a walk-in's Partners row): the id the new thing gets is
 * kept in the document's properties, under the request's id, before the thing is written. A retried request
 * (the answer was lost, the user pressed again) finds it there and does not make it twice. Bounded: the last
 * KEEP requests, in one property (well under its 9 kB limit).
 */
const KEY = 'request.made';
const KEEP = 50;

export type MadeRequests = Record<string, string>;

export function madeRequests(): MadeRequests {
  try {
    const parsed: unknown = JSON.parse(PropertiesService.getDocumentProperties().getProperty(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as MadeRequests) : {};
  } catch {
    return {};
  }
}

/** Keeps what the request makes, dropping the oldest requests past KEEP. */
export function rememberMade(made: MadeRequests, requestId: string, id: string): void {
  delete made[requestId];
  const kept = Object.entries(made).slice(-(KEEP - 1));
  PropertiesService.getDocumentProperties().setProperty(
    KEY,
    JSON.stringify(Object.fromEntries([...kept, [requestId, id]])),
  );
}
