import { activityError, type MemberActivityContent, type MemberActivityRecord } from '../../../../../shared/assessment/member-activity';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';
import { ReportRefusedError } from './report-repository';

/**
 * Branch: volunteer service and 先锋岗/示范岗 duties (志愿服务与先锋岗), counted in members' 积分.
 * Audited, and sent in the 报送包 so the office reads the same 积分.
 */
export function createActivityRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'memberActivities', withOperator(db, options));
  return {
    listByBranch: (branchId: string) => records.listByBranch(branchId),

    async add(branchId: string, activity: MemberActivityContent, today: string): Promise<MemberActivityRecord> {
      const content = { ...activity, title: activity.title.trim(), note: activity.note.trim() };
      const error = activityError(content, today);
      if (error) throw new ReportRefusedError(error);
      const member = await db.members.get(content.memberId);
      if (!member || member.deleted || member.branchId !== branchId) throw new ReportRefusedError('所选党员不在本支部名册中。');
      return records.create(branchId, content);
    },

    remove: (id: string) => records.remove(id),
  };
}

export const activityRepository = createActivityRepository(ledgerDb);
