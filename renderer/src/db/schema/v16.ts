import type { SchemaVersion } from './schema-version';

/**
 * Version 16: 计划总结 (shared/plans/plan.ts). Only new stores, so no upgrade function.
 *
 * - branchPlans: the branch's 年度工作计划, 发展党员工作计划 and 年度工作总结, one per year and
 *   kind (id `plan-<branch>-<year>-<kind>`), written only by the branch (in its report).
 * - planReturns: the office's 已阅同意 / 退回修改 under the plan's id, owned by the branch,
 *   written only by the office (in that branch's return).
 */
export const schemaV16: SchemaVersion = {
  version: 16,
  stores: {
    branchPlans: 'id, branchId, updatedAt, year',
    planReturns: 'id, branchId, updatedAt, year',
  },
};
