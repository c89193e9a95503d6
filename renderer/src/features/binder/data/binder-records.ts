import type { ActivityRecord } from '../../../../../shared/activities/activity';
import type { AssessmentResultRecord } from '../../../../../shared/assessment/assessment-records';
import type { BranchRecord } from '../../../../../shared/branch/branch';
import type { ElectionRecord, ElectionReviewRecord } from '../../../../../shared/branch/election';
import type { BranchPlanRecord, PlanReturnRecord } from '../../../../../shared/plans/plan';
import type { BranchDocumentRecord, OfficeDocumentRecord } from '../../../../../shared/documents/document';
import type { BranchDuesRecords } from '../../../../../shared/dues/branch-dues';
import type { MeetingRecord } from '../../../../../shared/meetings/meeting-types';
import type { MemberRecord } from '../../../../../shared/members/member';
import type { StudyNotebookRecord } from '../../../../../shared/study/study-types';
import type { NoteConfirmationRecord } from '../../../../../shared/study/note-confirmation';
import type { TalkRecord } from '../../../../../shared/talks/talk';
import { meetingsOfYear } from '../../../../../shared/binder/binder-content';
import { createAttachmentRepository, type AttachmentSummary } from '../../../core/attachments/attachment-repository';
import { live } from '../../../db/branch-counts';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createDuesRepository } from '../../dues/data';

/** Everything the year's 台账 binder is made from, for one branch. */
export interface BinderRecords extends BranchDuesRecords {
  branch: BranchRecord;
  members: MemberRecord[];
  meetings: MeetingRecord[];
  notebooks: StudyNotebookRecord[];
  talks: TalkRecord[];
  activities: ActivityRecord[];
  officeDocuments: OfficeDocumentRecord[];
  branchDocuments: BranchDocumentRecord[];
  assessmentResults: AssessmentResultRecord[];
  elections: ElectionRecord[];
  electionReviews: ElectionReviewRecord[];
  plans: BranchPlanRecord[];
  planReturns: PlanReturnRecord[];
  /** The office's confirmations of excellent notes, by note id, printed under the notes. */
  noteConfirmations: ReadonlyMap<string, NoteConfirmationRecord>;
  /** The year's meetings' attachments without their bytes, by meeting id. */
  meetingFiles: ReadonlyMap<string, AttachmentSummary[]>;
}

/**
 * One branch's records for its binder, read by branch id: on a branch PC its own, on the
 * central office PC as the branch's packages brought them (and the office's own documents and
 * results for it). Undefined while the branch record itself is not there.
 */
export async function readBinderRecords(db: LedgerDatabase, branchId: string, year: number): Promise<BinderRecords | undefined> {
  const byBranch = <T extends { deleted: boolean }>(table: { where(index: 'branchId'): { equals(key: string): { toArray(): Promise<T[]> } } }) =>
    live<T>(table.where('branchId').equals(branchId).toArray());
  const [branch, members, meetings, notebooks, talks, activities, officeDocuments, branchDocuments, assessmentResults, elections, electionReviews, plans, planReturns, confirmations, dues] = await Promise.all([
    db.branches.get(branchId),
    byBranch<MemberRecord>(db.members),
    byBranch<MeetingRecord>(db.meetings),
    byBranch<StudyNotebookRecord>(db.studyNotebooks),
    byBranch<TalkRecord>(db.talks),
    byBranch<ActivityRecord>(db.activities),
    byBranch<OfficeDocumentRecord>(db.documents),
    byBranch<BranchDocumentRecord>(db.branchDocuments),
    byBranch<AssessmentResultRecord>(db.assessmentResults),
    byBranch<ElectionRecord>(db.elections),
    byBranch<ElectionReviewRecord>(db.electionReviews),
    byBranch<BranchPlanRecord>(db.branchPlans),
    byBranch<PlanReturnRecord>(db.planReturns),
    byBranch<NoteConfirmationRecord>(db.noteConfirmations),
    createDuesRepository(db).list(branchId),
  ]);
  if (!branch || branch.deleted) return undefined;
  const meetingFiles = await readMeetingFiles(db, meetingsOfYear(meetings, year));
  return { branch, members, meetings, notebooks, talks, activities, officeDocuments, branchDocuments, assessmentResults, elections, electionReviews, plans, planReturns, noteConfirmations: new Map(confirmations.map((row) => [row.id, row])), meetingFiles, ...dues };
}

/**
 * The meetings' attachments, described without their bytes. IndexedDB reads a row whole, so
 * they are read one at a time: a year of scans and photos (up to 10 MB each) is never held
 * at once, only the file being read.
 */
async function readMeetingFiles(db: LedgerDatabase, meetings: readonly MeetingRecord[]): Promise<Map<string, AttachmentSummary[]>> {
  const attachments = createAttachmentRepository(db);
  const files = new Map<string, AttachmentSummary[]>();
  for (const meeting of meetings) {
    const summaries: AttachmentSummary[] = [];
    for (const id of meeting.attachmentIds) summaries.push(...(await attachments.summaries([id])));
    files.set(meeting.id, summaries);
  }
  return files;
}

/** readBinderRecords on the app's database. */
export const binderRecordsOf = (branchId: string, year: number) => readBinderRecords(ledgerDb, branchId, year);
