/** The fault sweep of "Set up workspace", on a new spreadsheet and again over data (see fault-sweep.test.ts). */
import { sweepTests } from '../sweep/sweep-tests';

sweepTests((op) => op.fn === 'setupWorkspace');
