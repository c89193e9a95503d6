import {
  isMonthKey,
  monthLabel,
  REPORT_NOTES_MAX,
  REPORT_OPINION_MAX,
  type MonthlyReportContent,
  type MonthlyReportRecord,
  type MonthlyReportReturnRecord,
  type ReportFigure,
  type ReportMeetingLine,
  type ReportVerdict,
} from '../../../../../shared/statistics/monthly-report';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';

export class MonthlyReportRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MonthlyReportRefusedError';
  }
}

const SIGNER_MAX = 50;

/** What the branch's screen hands over to save or submit: the draft as shown, and the secretary's words. */
export interface ReportInput {
  figures: ReportFigure[];
  meetings: ReportMeetingLine[];
  notes: string;
  signedBy: string;
}

function checkMonth(month: string, today: string): void {
  if (!isMonthKey(month)) throw new MonthlyReportRefusedError(`月份“${month}”无效，应为“2026-11”这样的年月。`);
  if (month >= today.slice(0, 7)) throw new MonthlyReportRefusedError(`${monthLabel(month)}尚未结束，组织生活月报在次月初报送。`);
}

function checkNotes(notes: string): string {
  const trimmed = notes.trim();
  if ([...trimmed].length > REPORT_NOTES_MAX) throw new MonthlyReportRefusedError(`其他需要说明的情况不能超过 ${REPORT_NOTES_MAX} 个字，请精简。`);
  return trimmed;
}

/**
 * The branch's 组织生活月报: one record per month (its id made from branch and month, so a
 * double click never makes two), written only on the branch PC through the record
 * repository, so it is audited and travels in the next 报送包.
 */
export function createMonthlyReportRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'monthlyReports', withOperator(db, options));

  async function find(branchId: string, month: string): Promise<MonthlyReportRecord | undefined> {
    // By branch, not by id: a report written before enrolment keeps its id under the adopted branch id.
    const rows = await db.monthlyReports.where('branchId').equals(branchId).toArray();
    return rows.find((row) => !row.deleted && row.month === month);
  }

  async function write(branchId: string, month: string, content: Partial<MonthlyReportContent>): Promise<MonthlyReportRecord> {
    const existing = await find(branchId, month);
    if (existing) return records.update(existing.id, content);
    const empty: MonthlyReportContent = { month, figures: [], meetings: [], notes: '', signedBy: '', submittedAt: '', firstSubmittedOn: '' };
    return records.put(branchId, `monthly-report-${branchId}-${month}`, { ...empty, ...content });
  }

  return {
    find,

    listByBranch: (branchId: string) => records.listByBranch(branchId),

    /** 保存草稿: the secretary's words kept; nothing is sent until 提交. */
    async saveDraft(branchId: string, month: string, notes: string, today: string): Promise<MonthlyReportRecord> {
      checkMonth(month, today);
      return write(branchId, month, { notes: checkNotes(notes) });
    },

    /**
     * 签名并提交: the figures and meetings as drafted from the records are kept as signed; the
     * first submission's date decides on time or late, a resubmission after 退回 keeps it.
     */
    async submit(branchId: string, month: string, input: ReportInput, today: string, at: Date = new Date()): Promise<MonthlyReportRecord> {
      checkMonth(month, today);
      const signedBy = input.signedBy.trim();
      if (!signedBy) throw new MonthlyReportRefusedError('请填写签报人（支部书记姓名）后再提交。');
      if ([...signedBy].length > SIGNER_MAX) throw new MonthlyReportRefusedError(`签报人不能超过 ${SIGNER_MAX} 个字。`);
      const notes = checkNotes(input.notes);
      const existing = await find(branchId, month);
      return write(branchId, month, {
        figures: input.figures,
        meetings: input.meetings,
        notes,
        signedBy,
        submittedAt: at.toISOString(),
        firstSubmittedOn: existing?.firstSubmittedOn || today,
      });
    },
  };
}

/**
 * The central office's 回执 of monthly reports: a record under the report's id, owned by the
 * report's branch, written only by the office; it travels back in that branch's return package.
 */
export function createReportReturnRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'monthlyReportReturns', withOperator(db, options));

  return {
    find: (reportId: string): Promise<MonthlyReportReturnRecord | undefined> => records.find(reportId),

    /** 通过, or 退回修改 with an opinion that says what to correct. Only a submitted report is read. */
    async review(report: MonthlyReportRecord, verdict: ReportVerdict, opinion: string, reviewer: string, at: Date = new Date()): Promise<MonthlyReportReturnRecord> {
      if (!report.submittedAt) throw new MonthlyReportRefusedError('该月报尚未提交，不能审阅。');
      const text = opinion.trim();
      if (verdict === 'returned' && !text) throw new MonthlyReportRefusedError('退回修改时请填写意见，说明需要补正的内容。');
      if ([...text].length > REPORT_OPINION_MAX) throw new MonthlyReportRefusedError(`意见不能超过 ${REPORT_OPINION_MAX} 个字。`);
      return records.put(report.branchId, report.id, { month: report.month, verdict, opinion: text, reviewer, reviewedAt: at.toISOString(), reviewedSubmission: report.submittedAt });
    },
  };
}

export const monthlyReportRepository = createMonthlyReportRepository(ledgerDb);
export const reportReturnRepository = createReportReturnRepository(ledgerDb);
