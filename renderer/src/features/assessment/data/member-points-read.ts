import { memberPoints, type MemberPointsRow } from '../../../../../shared/assessment/member-points';
import type { AssessmentScheme } from '../../../../../shared/assessment/scheme-types';
import type { RuleGroups } from '../../../../../shared/rules/rule-types';
import type { LedgerDatabase } from '../../../db/database';
import { readBranchAssessmentRecords } from './assessment-records-reader';

/** A branch's 党员积分 for a year, ranked, from its records (its own on a branch PC, as imported at the office). */
export async function branchMemberPoints(db: LedgerDatabase, branchId: string, scheme: AssessmentScheme, rules: RuleGroups, year: number, today: string): Promise<MemberPointsRow[] | undefined> {
  const records = await readBranchAssessmentRecords(db, branchId);
  if (!records) return undefined;
  const activities = (await db.memberActivities.where('branchId').equals(branchId).toArray()).filter((row) => !row.deleted);
  return memberPoints(scheme.memberPoints, { ...records, activities, year, today, rules });
}
