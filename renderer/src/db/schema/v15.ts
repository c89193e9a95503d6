import type { SchemaVersion } from './schema-version';

/**
 * Version 15: 换届选举 (shared/branch/election.ts). Only new stores, so no upgrade function.
 *
 * - elections: one record per 换届, written only by the branch (请示, election meeting, result).
 * - electionReviews: the 院党委's 批复 of a 换届's 请示 and result, `election-review-<election id>`,
 *   owned by the branch, written only by the office and returned to the branch.
 */
export const schemaV15: SchemaVersion = {
  version: 15,
  stores: {
    elections: 'id, branchId, updatedAt',
    electionReviews: 'id, branchId, updatedAt',
  },
};
