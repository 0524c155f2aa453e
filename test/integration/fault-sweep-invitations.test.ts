/**
 * The fault sweep of meeting mode's walk-ins and today's meeting, the invitation forms, the answers coming back
 * (menu, sidebar and trigger) and the group's folder (see fault-sweep.test.ts; registrations in
 * test/sweep/operations-invitations.ts). Its own file so Jest runs it beside the others.
 */
import { INVITATION_OPERATIONS } from '../sweep/operations-invitations';
import { sweepTests } from '../sweep/sweep-tests';

sweepTests((op) => INVITATION_OPERATIONS.includes(op));
