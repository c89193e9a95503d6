import type { SchemaVersion } from './schema-version';

/**
 * Version 3: meetings (三会一课) with their drafts and attachments, and the dues ledger.
 * Only new stores, so no upgrade function.
 *
 * - meetings: attendance and make-ups live inside the meeting (one value per meeting,
 *   not a row per person). A branch's meetings are read whole and filtered by period in
 *   memory: a branch holds about a hundred a year. branchId for that read, updatedAt for
 *   sync.
 * - meetingDrafts: the form as typed, keyed by the meeting id; local to this PC, never
 *   synced. branchId lists a branch's unfinished drafts.
 * - attachments: the bytes of scans and photos, apart from the meeting so that lists
 *   never load them; meetingId finds a meeting's files, branchId and updatedAt are for sync.
 * - duesBases, duesPayments (one value per member per year, twelve months inside),
 *   duesRemittances: read a branch at a time; branchId and updatedAt only.
 */
export const schemaV3: SchemaVersion = {
  version: 3,
  stores: {
    meetings: 'id, branchId, updatedAt',
    meetingDrafts: 'id, branchId',
    attachments: 'id, branchId, meetingId, updatedAt',
    duesBases: 'id, branchId, updatedAt',
    duesPayments: 'id, branchId, updatedAt',
    duesRemittances: 'id, branchId, updatedAt',
  },
};
