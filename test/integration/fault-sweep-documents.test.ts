/**
 * The fault sweep of delivery (emails, printed letters), the generated Docs (agendas, MOU draft, group report),
 * the meeting series and the calendar (registrations: test/sweep/operations-documents.ts; see fault-sweep.test.ts).
 */
import { DOCUMENT_OPERATIONS } from '../sweep/operations-documents';
import { sweepTests } from '../sweep/sweep-tests';

const documents = new Set(DOCUMENT_OPERATIONS);
// The scenarios' tabs fit in 40 rows; smaller sheets make each of the ~1,700 runs' comparisons cheaper.
sweepTests((op) => documents.has(op), { newSheetRows: 40 });
