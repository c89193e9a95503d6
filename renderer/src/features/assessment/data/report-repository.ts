import {
  ASSESSMENT_TEXT_MAX,
  EMPTY_EVIDENCE,
  type AssessmentReportContent,
  type AssessmentReportRecord,
  type ItemEvidence,
} from '../../../../../shared/assessment/assessment-records';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { createAttachmentRepository } from '../../../core/attachments/attachment-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';

export class ReportRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportRefusedError';
  }
}

const EMPTY_REPORT = (period: string): AssessmentReportContent => ({
  period,
  evidence: {},
  selfAssessment: '',
  secretaryReport: EMPTY_EVIDENCE,
  submittedAt: '',
});

function checkText(text: string, what: string): string {
  const trimmed = text.trim();
  if ([...trimmed].length > ASSESSMENT_TEXT_MAX) throw new ReportRefusedError(`${what}不能超过 ${ASSESSMENT_TEXT_MAX} 个字，请精简或作为附件上传。`);
  return trimmed;
}

/** Where a file or text of the report goes: one item's evidence, or the 书记述职. */
export type ReportPart = { itemId: string } | 'secretaryReport';

/**
 * The branch's side of assessment (考核材料): one record per period, created at the first
 * write, with evidence per item, a self-assessment and, for the year, the 书记述职. Every
 * write goes through the record repository, so it is audited and travels in the 报送包; the
 * files are attachments owned by the report.
 */
export function createReportRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'assessmentReports', withOperator(db, options));
  const attachments = createAttachmentRepository(db);

  async function find(branchId: string, period: string): Promise<AssessmentReportRecord | undefined> {
    const rows = await db.assessmentReports.where('branchId').equals(branchId).toArray();
    return rows.find((row) => !row.deleted && row.period === period);
  }

  async function save(branchId: string, period: string, change: (report: AssessmentReportContent) => Partial<AssessmentReportContent>): Promise<AssessmentReportRecord> {
    const existing = await find(branchId, period);
    if (!existing) {
      const empty = EMPTY_REPORT(period);
      return records.create(branchId, { ...empty, ...change(empty) });
    }
    return records.update(existing.id, change(existing));
  }

  function withPart(report: AssessmentReportContent, part: ReportPart, edit: (evidence: ItemEvidence) => ItemEvidence): Partial<AssessmentReportContent> {
    if (part === 'secretaryReport') return { secretaryReport: edit(report.secretaryReport) };
    return { evidence: { ...report.evidence, [part.itemId]: edit(report.evidence[part.itemId] ?? EMPTY_EVIDENCE) } };
  }

  return {
    find,

    listByBranch: (branchId: string) => records.listByBranch(branchId),

    async saveText(branchId: string, period: string, part: ReportPart, text: string): Promise<AssessmentReportRecord> {
      const checked = checkText(text, part === 'secretaryReport' ? '书记述职' : '佐证材料说明');
      return save(branchId, period, (report) => withPart(report, part, (evidence) => ({ ...evidence, text: checked })));
    },

    async saveSelfAssessment(branchId: string, period: string, text: string): Promise<AssessmentReportRecord> {
      const checked = checkText(text, '自评');
      return save(branchId, period, () => ({ selfAssessment: checked }));
    },

    /** The period's report, made empty if the branch has not written one: files need its id before they are listed. */
    ensure: (branchId: string, period: string): Promise<AssessmentReportRecord> => save(branchId, period, () => ({})),

    /**
     * The files listed on a part, as the attachments editor (shared with meetings) hands them
     * over; files no part lists any more are released (tombstoned, bytes dropped).
     */
    async setFiles(branchId: string, period: string, part: ReportPart, attachmentIds: readonly string[]): Promise<AssessmentReportRecord> {
      const report = await save(branchId, period, (current) => withPart(current, part, (evidence) => ({ ...evidence, attachmentIds: [...attachmentIds] })));
      const listed = [...Object.values(report.evidence), report.secretaryReport].flatMap((evidence) => evidence.attachmentIds);
      await attachments.releaseUnlisted(report.id, listed);
      return report;
    },

    /** 提交: the branch says the period's material is complete; it goes with the next 报送包. */
    submit(branchId: string, period: string, at: Date = new Date()): Promise<AssessmentReportRecord> {
      return save(branchId, period, () => ({ submittedAt: at.toISOString() }));
    },
  };
}

export type ReportRepository = ReturnType<typeof createReportRepository>;

export const reportRepository = createReportRepository(ledgerDb);
