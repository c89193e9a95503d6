import { milestonesAfterReview, type DevelopmentReviewRecord } from '../../../../../shared/development/development-review';
import { dossierAttachmentIds, dossierOf } from '../../../../../shared/development/dossier-types';
import type { DevelopmentMilestones, MemberRecord } from '../../../../../shared/members/member';
import { validateMember } from '../../../../../shared/members/member-validation';
import { memberInputOf } from '../../../../../shared/roster/roster-import';
import type { RuleSet } from '../../../../../shared/rules/rule-set';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';
import type { ImportFollowUp } from '../../../core/sync/import-follow-ups';
import { createAttachmentRepository } from '../../../core/attachments/attachment-repository';

export class DossierRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DossierRefusedError';
  }
}

/**
 * Branch PC: the development dossier (发展党员纪实) of one person, kept in the member's
 * `development` through the audited member repository, so it travels in the 报送包. Its
 * documents are attachments owned by the member (the meetings' attachment store).
 */
export function createDossierRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const members = createRecordRepository(db, 'members', withOperator(db, options));
  const attachments = createAttachmentRepository(db, options?.clock);

  return {
    /**
     * Saves the milestones with the dossier, checked whole like the member form (dates,
     * order, 政审, numbers): refused with every reason, nothing stored, when any is wrong.
     */
    async save(member: MemberRecord, development: DevelopmentMilestones, today: string, ruleSet: RuleSet): Promise<MemberRecord> {
      const input = { ...memberInputOf(member), development };
      const errors = Object.entries(validateMember(input, today, ruleSet));
      if (errors.length > 0) throw new DossierRefusedError(errors.map(([, message]) => message).join(' '));
      const saved = await members.update(member.id, { development });
      // Files taken off the dossier go (their tombstones travel); the rest stay.
      const listed = dossierAttachmentIds(dossierOf(development));
      await attachments.releaseUnlisted(member.id, listed);
      // Files carried by a 院内调动 are owned by the admission order, beside the study notes' photos, which stay.
      for (const transfer of member.transfers) {
        const order = transfer.direction === 'in' && transfer.orderId ? await db.transferOrders.get(transfer.orderId) : undefined;
        if (order?.carried) await attachments.releaseUnlisted(order.id, [...listed, ...order.carried.notes.map((note) => note.attachmentId)]);
      }
      return saved;
    },

    /** The 院党委's decisions on this branch's people, by member id. */
    async reviews(branchId: string): Promise<Map<string, DevelopmentReviewRecord>> {
      const rows = await db.developmentReviews.where('branchId').equals(branchId).toArray();
      return new Map(rows.filter((row) => !row.deleted).map((row) => [row.memberId, row]));
    },

    /** Writes the dates the office agreed (预审, 审批, 转正审批) into its members; the names written. */
    async applyReviews(branchId: string): Promise<string[]> {
      const written: string[] = [];
      for (const review of (await this.reviews(branchId)).values()) {
        const member = await db.members.get(review.memberId);
        if (!member || member.deleted) continue;
        const development = milestonesAfterReview(member, review);
        if (!development) continue;
        await members.update(member.id, { development });
        written.push(member.name);
      }
      return written;
    },
  };
}

export const dossierRepository = createDossierRepository(ledgerDb);

/** After a 回执 on a branch PC: the office's 预审 / 审批 / 转正审批 dated into the members. */
export const applyDevelopmentReviewsAfterImport: ImportFollowUp = async (db, installation) => {
  if (installation.role !== 'branch') return '';
  const written = await createDossierRepository(db).applyReviews(installation.ownerId);
  return written.length === 0 ? '' : `已将院党委组织科的发展党员预审、审批意见记入 ${written.join('、')} 的发展纪实。`;
};
