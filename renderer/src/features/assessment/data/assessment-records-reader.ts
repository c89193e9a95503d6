import type { BranchAssessmentRecords } from '../../../../../shared/assessment/branch-figures';
import type { LedgerDatabase } from '../../../db/database';
import { createDuesRepository } from '../../dues/data';

/**
 * One branch's records that the assessment figures are made from, read by branch id: on a
 * branch PC its own, on the central office PC as its packages brought them. Undefined while
 * the branch record itself is not there (a branch enrolled that has not reported yet).
 */
export async function readBranchAssessmentRecords(db: LedgerDatabase, branchId: string): Promise<BranchAssessmentRecords | undefined> {
  const live = async <T extends { deleted: boolean }>(rows: Promise<T[]>) => (await rows).filter((row) => !row.deleted);
  const tables = [db.branches, db.members, db.meetings, db.studyNotebooks, db.meetingReviews, db.talks, db.monthlyReports, db.activities, db.duesBases, db.duesPayments, db.duesRemittances];
  // One explicit transaction: inside a live query, Dexie's query cache deep-copies every result
  // read outside one (years of meetings per branch: most of 考核's first view at the office).
  const [branch, members, meetings, notebooks, reviews, talks, monthlyReports, activities, dues] = await db.transaction('r', tables, () => Promise.all([
    db.branches.get(branchId),
    live(db.members.where('branchId').equals(branchId).toArray()),
    live(db.meetings.where('branchId').equals(branchId).toArray()),
    live(db.studyNotebooks.where('branchId').equals(branchId).toArray()),
    live(db.meetingReviews.where('branchId').equals(branchId).toArray()),
    live(db.talks.where('branchId').equals(branchId).toArray()),
    live(db.monthlyReports.where('branchId').equals(branchId).toArray()),
    live(db.activities.where('branchId').equals(branchId).toArray()),
    createDuesRepository(db).list(branchId),
  ]));
  if (!branch || branch.deleted) return undefined;
  return { branch, members, meetings, notebooks, reviews, talks, monthlyReports, activities, ...dues };
}
