/** The fault sweep of "Load sample LEA" (see fault-sweep.test.ts). */
import { sweepTests } from '../sweep/sweep-tests';

sweepTests((op) => op.fn === 'loadSampleLea');
