import type { SchemaVersion } from './schema-version';

/**
 * Version 9: members' 积分, 民主评议党员 results and 评先评优 (shared/assessment). Only new
 * stores, so no upgrade function.
 *
 * - memberActivities: volunteer service and 先锋岗/示范岗 duties the 积分 counts, written only by
 *   the branch (in its report). A few hundred a year per branch; branchId lists a branch's.
 * - memberAppraisals: a branch's 民主评议 results and 优秀共产党员 nominations for a year, one
 *   record per year, written only by the branch.
 * - awards: the office's 评先评优 list for a year, one record per branch under a derived id
 *   (award-<year>-<branchId>), owned by the branch and written only by the office, like
 *   assessmentResults (docs/architecture.md).
 */
export const schemaV9: SchemaVersion = {
  version: 9,
  stores: {
    memberActivities: 'id, branchId, updatedAt',
    memberAppraisals: 'id, branchId, updatedAt',
    awards: 'id, branchId, updatedAt, year',
  },
};
