import type { SchemaVersion } from './schema-version';

/**
 * Version 8: moves between two branches of the hospital through the central office
 * (shared/members/internal-transfer.ts). Only new stores, so no upgrade function.
 *
 * - transferRequests: the old branch's request to move a member, written only by the branch
 *   (in its report). A few a year per branch; branchId lists a branch's.
 * - transferOrders: the central office's approval, one record per branch concerned (the old
 *   branch's release, the new branch's admission with the member's history), each owned by
 *   its branch and written only by the office (like meetingReviews: docs/architecture.md).
 */
export const schemaV8: SchemaVersion = {
  version: 8,
  stores: {
    transferRequests: 'id, branchId, updatedAt',
    transferOrders: 'id, branchId, updatedAt',
  },
};
