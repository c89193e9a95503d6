import Dexie, { type Table } from 'dexie';
import type { ActivityRecord } from '../../../shared/activities/activity';
import type { BranchPlanRecord, PlanReturnRecord } from '../../../shared/plans/plan';
import type { BranchDocumentRecord, DocumentReceiptRecord, OfficeDocumentRecord } from '../../../shared/documents/document';
import type { AssessmentReportRecord, AssessmentResultRecord } from '../../../shared/assessment/assessment-records';
import type { MemberAppraisalRecord } from '../../../shared/assessment/appraisal';
import type { AwardRecord } from '../../../shared/assessment/awards';
import type { MemberActivityRecord } from '../../../shared/assessment/member-activity';
import type { AuditEntry } from '../../../shared/audit/audit';
import type { BranchRecord } from '../../../shared/branch/branch';
import type { ElectionRecord, ElectionReviewRecord } from '../../../shared/branch/election';
import type { MemberRecord } from '../../../shared/members/member';
import type { TransferOrderRecord, TransferRequestRecord } from '../../../shared/members/internal-transfer';
import type { DuesBaseRecord, DuesPaymentRecord, DuesRemittanceRecord } from '../../../shared/dues/dues-types';
import type { MonthlyReportRecord, MonthlyReportReturnRecord } from '../../../shared/statistics/monthly-report';
import type { DevelopmentReviewRecord } from '../../../shared/development/development-review';
import type { NoticeRecord } from '../../../shared/notices/notice';
import type { MeetingReviewRecord } from '../../../shared/meetings/meeting-review';
import type { AttachmentRecord, MeetingDraft, MeetingRecord } from '../../../shared/meetings/meeting-types';
import type { InstallationRole } from '../../../shared/setup/installation';
import type { NoteConfirmationRecord } from '../../../shared/study/note-confirmation';
import type { StudyNotebookRecord } from '../../../shared/study/study-types';
import type { TalkRecord } from '../../../shared/talks/talk';
import type { AppLockRecord } from '../../../shared/lock/app-lock';
import type { ChangeLogRow } from './change-log';
import { SCHEMA_VERSIONS } from './schema';
import { DATABASE_NAME } from './database-name';
import { storageFullMiddleware } from './write-failure';
import { meetingFactsMiddleware } from './meeting-facts-middleware';
import type { BranchMeetingFacts } from '../../../shared/meetings/meeting-facts';
import { FieldKeyring, fieldEncryptionMiddleware, openSensitiveOnRead } from './field-encryption';
import type { SyncConflictRow, SyncKeyRow, SyncPackageRow, SyncStateRow } from './sync-rows';

export { DATABASE_NAME } from './database-name';

/** The single row of the installation store: what this PC was set up as. */
export interface InstallationRow {
  key: 'this-pc';
  role: InstallationRole;
  name: string;
  parentOrganizationName: string;
  /** The branch's id on a branch PC, the organisation's id on the central office PC. */
  ownerId: string;
  setupAt: string;
}

/** Local settings of this PC, by key. */
export interface Preferences {
  /** The name written into the audit log as the author of every change. */
  operatorName: string;
  /** The app lock, when one is set on this PC (shared/lock/app-lock.ts). */
  appLock: AppLockRecord;
}

export type PreferenceRow = { [K in keyof Preferences]: { key: K; value: Preferences[K] } }[keyof Preferences];

/** The domain tables written through the audited record repository, with their record types. */
export interface AuditedRecords {
  branches: BranchRecord;
  members: MemberRecord;
  meetings: MeetingRecord;
  duesBases: DuesBaseRecord;
  duesPayments: DuesPaymentRecord;
  duesRemittances: DuesRemittanceRecord;
  studyNotebooks: StudyNotebookRecord;
  /** Written on the central office PC only; travels to the reviewed branch. */
  meetingReviews: MeetingReviewRecord;
  /** Written on the central office PC only; travels to the branch it is addressed to. */
  notices: NoticeRecord;
  /** Written on the central office PC only; travels to the branch of the confirmed note. */
  noteConfirmations: NoteConfirmationRecord;
  /** Written on the branch PC only: evidence, self-assessment and 书记述职 of a period. */
  assessmentReports: AssessmentReportRecord;
  /** Written on the central office PC only; travels to the branch it scores. */
  assessmentResults: AssessmentResultRecord;
  /** Written on the branch PC only: a request to move a member to another branch of the hospital. */
  transferRequests: TransferRequestRecord;
  /** Written on the central office PC only: the approved move, one record for each branch concerned. */
  transferOrders: TransferOrderRecord;
  /** Written on the branch PC only: volunteer service and 先锋岗/示范岗 duties for members' 积分. */
  memberActivities: MemberActivityRecord;
  /** Written on the branch PC only: a year's 民主评议党员 results and 优秀共产党员 nominations. */
  memberAppraisals: MemberAppraisalRecord;
  /** Written on the central office PC only: the year's 评先评优 list, one record for each branch on it. */
  awards: AwardRecord;
  /** Written on the branch PC only: the 组织生活月报 of a month. */
  monthlyReports: MonthlyReportRecord;
  /** Written on the central office PC only: the 回执 of a monthly report; travels to its branch. */
  monthlyReportReturns: MonthlyReportReturnRecord;
  /** Written on the branch PC only: a 党建+业务 activity, its photos attachments owned by it. */
  activities: ActivityRecord;
  /** Written on the branch PC only: 谈心谈话, one record per talk. */
  talks: TalkRecord;
  /** Written on the central office PC only: 预审 / 审批 / 转正审批 of a person in development; travels to its branch. */
  developmentReviews: DevelopmentReviewRecord;
  /** Written on the central office PC only: a published document, one record for each branch addressed; its files are attachments owned by it. */
  documents: OfficeDocumentRecord;
  /** Written on the branch PC only: a document the branch keeps of its own. */
  branchDocuments: BranchDocumentRecord;
  /** Written on the branch PC only: when an office document was first opened (阅读回执). */
  documentReceipts: DocumentReceiptRecord;
  /** Written on the branch PC only: a 换届选举 (请示, election meeting and result). */
  elections: ElectionRecord;
  /** Written on the central office PC only: the 批复 of a 换届's 请示 and result; travels to its branch. */
  electionReviews: ElectionReviewRecord;
  /** Written on the branch PC only: its yearly plans and summary (计划总结). */
  branchPlans: BranchPlanRecord;
  /** Written on the central office PC only: 已阅同意 / 退回修改 of a branch's plan or summary; travels to its branch. */
  planReturns: PlanReturnRecord;
}

export type AuditedTableName = keyof AuditedRecords;

/** Every table whose records travel in sync packages, by who writes them. */
export const BRANCH_SYNCED_TABLES = ['branches', 'members', 'meetings', 'attachments', 'duesBases', 'duesPayments', 'duesRemittances', 'studyNotebooks', 'assessmentReports', 'transferRequests', 'memberActivities', 'memberAppraisals', 'monthlyReports', 'activities', 'talks', 'branchDocuments', 'documentReceipts', 'elections', 'branchPlans'] as const;
export const CENTRAL_SYNCED_TABLES = ['meetingReviews', 'notices', 'noteConfirmations', 'assessmentResults', 'transferOrders', 'awards', 'monthlyReportReturns', 'developmentReviews', 'documents', 'electionReviews', 'planReturns'] as const;
export type SyncedTableName = (typeof BRANCH_SYNCED_TABLES)[number] | (typeof CENTRAL_SYNCED_TABLES)[number];
export type SyncedRecords = AuditedRecords & { attachments: AttachmentRecord };

/** Stores that describe this PC and never travel in a sync package. */
export const LOCAL_TABLES: readonly string[] = ['installation', 'preferences', 'meetingDrafts', 'meetingFacts'];

/** Sync's own bookkeeping on this PC (change log, clock, packages, keys, conflicts): never sent as records. */
export const SYNC_BOOKKEEPING_TABLES: readonly string[] = ['changeLog', 'syncState', 'syncPackages', 'syncKeys', 'conflicts'];

type AuditedTables = { [N in AuditedTableName]: Table<AuditedRecords[N], string> };

/**
 * The one typed database of the renderer. Screens never use it directly: each
 * feature reaches it through its repository (features/<area>/data).
 */
export class LedgerDatabase extends Dexie implements AuditedTables {
  installation!: Table<InstallationRow, string>;
  preferences!: Table<PreferenceRow, string>;
  branches!: Table<BranchRecord, string>;
  members!: Table<MemberRecord, string>;
  meetings!: Table<MeetingRecord, string>;
  /**
   * Local only, derived: each branch's meeting facts (shared/meetings/meeting-facts.ts), what the
   * central office's recount reads instead of the meetings. Written by meetingFactsMiddleware in
   * the same transaction as every meeting write; never written directly.
   */
  meetingFacts!: Table<BranchMeetingFacts, string>;
  /** Local only: the meeting form as typed, so that closing the app or a crash loses nothing. */
  meetingDrafts!: Table<MeetingDraft, string>;
  /**
   * Synced, but not audited field by field: an entry would copy the bytes. The owning
   * record's change (a meeting's attachmentIds, a study note's attachmentId) is what the
   * audit log records. `meetingId` names the owner: a meeting, or a study notebook.
   */
  attachments!: Table<AttachmentRecord, string>;
  duesBases!: Table<DuesBaseRecord, string>;
  duesPayments!: Table<DuesPaymentRecord, string>;
  duesRemittances!: Table<DuesRemittanceRecord, string>;
  /** One 学习笔记本 per member per year, its notes inside. */
  studyNotebooks!: Table<StudyNotebookRecord, string>;
  /** Append-only: written only by the record repository, together with the change it records. */
  auditLog!: Table<AuditEntry, string>;
  meetingReviews!: Table<MeetingReviewRecord, string>;
  notices!: Table<NoticeRecord, string>;
  noteConfirmations!: Table<NoteConfirmationRecord, string>;
  assessmentReports!: Table<AssessmentReportRecord, string>;
  assessmentResults!: Table<AssessmentResultRecord, string>;
  transferRequests!: Table<TransferRequestRecord, string>;
  activities!: Table<ActivityRecord, string>;
  transferOrders!: Table<TransferOrderRecord, string>;
  memberActivities!: Table<MemberActivityRecord, string>;
  memberAppraisals!: Table<MemberAppraisalRecord, string>;
  awards!: Table<AwardRecord, string>;
  monthlyReports!: Table<MonthlyReportRecord, string>;
  monthlyReportReturns!: Table<MonthlyReportReturnRecord, string>;
  talks!: Table<TalkRecord, string>;
  developmentReviews!: Table<DevelopmentReviewRecord, string>;
  documents!: Table<OfficeDocumentRecord, string>;
  branchDocuments!: Table<BranchDocumentRecord, string>;
  documentReceipts!: Table<DocumentReceiptRecord, string>;
  elections!: Table<ElectionRecord, string>;
  electionReviews!: Table<ElectionReviewRecord, string>;
  branchPlans!: Table<BranchPlanRecord, string>;
  planReturns!: Table<PlanReturnRecord, string>;
  /** Appended in the same transaction as every synced write (see change-log.ts). */
  changeLog!: Table<ChangeLogRow, [string, number]>;
  syncState!: Table<SyncStateRow, string>;
  syncPackages!: Table<SyncPackageRow, string>;
  syncKeys!: Table<SyncKeyRow, string>;
  conflicts!: Table<SyncConflictRow, string>;

  /** The app lock's state as far as stored data is concerned (see field-encryption.ts). */
  readonly fieldKeys = new FieldKeyring();

  constructor(name: string = DATABASE_NAME) {
    // Live queries share frozen results instead of a deep copy of each for every query that
    // reads them (Dexie's default 'cloned' cache): on a branch PC's 首页 the to-do sources read
    // the roster and every meeting several times over (docs/performance.md, round 7). So a
    // live query's result, and each record in it, is frozen: a screen sorts or changes a copy.
    super(name, { cache: 'immutable' });
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    this.use(storageFullMiddleware);
    this.use(meetingFactsMiddleware);
    this.use(fieldEncryptionMiddleware(this.fieldKeys));
    openSensitiveOnRead(this, this.fieldKeys);
  }
}
