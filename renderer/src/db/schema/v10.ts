import type { SchemaVersion } from './schema-version';

/**
 * Version 10: the 组织生活月报 (shared/statistics/monthly-report.ts). Only new stores, so no
 * upgrade function.
 *
 * - monthlyReports: the branch's report of a month, written only by the branch (in its
 *   报送包), one per branch and month. `month` is indexed: the office's view reads every
 *   branch's reports of a few months.
 * - monthlyReportReturns: the office's 回执 (通过 / 退回修改) under the report's id, owned by the
 *   branch and written only by the office (like meetingReviews: docs/architecture.md).
 */
export const schemaV10: SchemaVersion = {
  version: 10,
  stores: {
    monthlyReports: 'id, branchId, updatedAt, month',
    monthlyReportReturns: 'id, branchId, updatedAt, month',
  },
};
