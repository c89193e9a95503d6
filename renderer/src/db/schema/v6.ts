import type { SchemaVersion } from './schema-version';

/**
 * Version 6: the central office's confirmations of 优秀学习笔记. Only a new store, so no
 * upgrade function.
 *
 * - noteConfirmations: one record per confirmed note, under the note's id, owned by the
 *   note's branch and written only by the central office (like meetingReviews, and for the
 *   same reason: see docs/architecture.md). A few a year per branch; branchId lists a
 *   branch's, updatedAt as on every synced table.
 *
 * Notebooks of version 4 and 5 carry an empty `officeConfirmations` field that nothing ever
 * wrote; it is left where it is (rewriting every notebook would queue them all for sync for
 * nothing), and no code reads it.
 */
export const schemaV6: SchemaVersion = {
  version: 6,
  stores: {
    noteConfirmations: 'id, branchId, updatedAt',
  },
};
