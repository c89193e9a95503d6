import type { SchemaVersion } from './schema-version';

/**
 * Version 13: the development dossier (发展党员纪实, shared/development/dossier-types.ts and
 * development-review.ts).
 *
 * - members: `development.dossier` (the 25 steps' other dates, 政审, 入党志愿书编号, 转正公示,
 *   documents, 思想汇报) is optional and read through `dossierOf`, so stored members need no
 *   upgrade; their documents are attachments owned by the member (`meetingId` = member id).
 * - developmentReviews: the 院党委's 预审 / 审批 / 转正审批 of a person, `development-review-<member id>`,
 *   owned by the member's branch and written only by the office (like meetingReviews).
 */
export const schemaV13: SchemaVersion = {
  version: 13,
  stores: {
    developmentReviews: 'id, branchId, updatedAt, memberId',
  },
};
