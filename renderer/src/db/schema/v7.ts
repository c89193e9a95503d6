import type { SchemaVersion } from './schema-version';

/**
 * Version 7: assessment (考核). Two new stores, no upgrade function.
 *
 * - assessmentReports: the branch's side of a period (evidence per item, self-assessment,
 *   书记述职), written only by the branch, one per branch and period; a handful a year. Found
 *   by branch and then by period in memory, so only branchId is indexed besides updatedAt.
 * - assessmentResults: the central office's scoring of a branch for a period, under a derived
 *   id, owned by the branch and written only by the central office (like meetingReviews, for
 *   the same reason: docs/architecture.md). `period` is indexed: the office's scoring sheet
 *   and the 流动红旗 history read every branch's results of a period.
 */
export const schemaV7: SchemaVersion = {
  version: 7,
  stores: {
    assessmentReports: 'id, branchId, updatedAt',
    assessmentResults: 'id, branchId, updatedAt, period',
  },
};
