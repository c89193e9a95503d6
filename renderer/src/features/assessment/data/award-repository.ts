import { advancedBranchError, approvalError, awardId, publicityError, publicityPeriod, type Approval, type AwardRecord } from '../../../../../shared/assessment/awards';
import type { AssessmentScheme } from '../../../../../shared/assessment/scheme-types';
import type { WorkingDayCalendar } from '../../../../../shared/calendar/working-days';
import type { RuleGroups } from '../../../../../shared/rules/rule-types';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';
import { createAppraisalRepository } from './appraisal-repository';
import { branchSheet } from './period-sheet';
import { ScoringRefusedError } from './result-repository';

/** What the office put on the list for one branch: 先进党支部, and which of its nominees. */
export interface AwardPick {
  branchId: string;
  advancedBranch: boolean;
  memberIds: readonly string[];
}

/** What the year's 考核 is scored with, to check a 先进党支部 against the same sheet the office ranks. */
export interface YearScoring {
  scheme: AssessmentScheme;
  rules: RuleGroups;
  today: string;
}

const listed = (record: Pick<AwardRecord, 'advancedBranch' | 'members'>) => record.advancedBranch || Object.keys(record.members).length > 0;

/**
 * Central office: 评先评优 for a year. The list (先进党支部 from the ranking, 优秀共产党员 from the
 * branches' nominations), its 公示 of working days by the calendar, then the approval; each
 * branch's part is a record owned by that branch, so its 回执 brings the outcome back.
 */
export function createAwardRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const records = createRecordRepository(db, 'awards', withOperator(db, options));
  const appraisals = createAppraisalRepository(db, options);

  const listYear = async (year: number): Promise<AwardRecord[]> => (await db.awards.where('year').equals(year).toArray()).filter((row) => !row.deleted);

  async function onList(year: number): Promise<AwardRecord[]> {
    const rows = (await listYear(year)).filter(listed);
    if (rows.some((row) => row.approval)) throw new ScoringRefusedError(`${year} 年度评先评优已批准表彰，不能再修改。`);
    return rows;
  }

  return {
    listYear,

    /**
     * The list as the office ticked it; refused once 公示 has begun (the public saw that list),
     * and refused whole when a 先进党支部's year is not scored whole or was vetoed.
     */
    async saveList(year: number, picks: readonly AwardPick[], scoring: YearScoring): Promise<void> {
      const current = await onList(year);
      if (current.some((row) => row.publicity)) throw new ScoringRefusedError('名单已公示，不能再修改；如需调整请重新研究后另行公示。');
      const items = scoring.scheme.items;
      const refusals: string[] = [];
      for (const pick of picks.filter((each) => each.advancedBranch)) {
        const sheet = await branchSheet(db, pick.branchId, scoring.scheme, scoring.rules, String(year), scoring.today);
        const error = advancedBranchError(sheet?.branchName ?? '该支部', year, sheet?.score, items);
        if (error) refusals.push(error);
      }
      if (refusals.length > 0) throw new ScoringRefusedError(refusals.join(''));
      const nominations = new Map((await appraisals.listYear(year)).map((row) => [row.branchId, row.nominations]));
      const byBranch = new Map(picks.map((pick) => [pick.branchId, pick]));
      for (const row of current) if (!byBranch.has(row.branchId)) byBranch.set(row.branchId, { branchId: row.branchId, advancedBranch: false, memberIds: [] });
      for (const pick of byBranch.values()) {
        const nominated = nominations.get(pick.branchId) ?? {};
        const strangers = pick.memberIds.filter((id) => !nominated[id]);
        if (strangers.length > 0) throw new ScoringRefusedError('优秀共产党员只能从支部推荐的人选中确定。');
        const members = Object.fromEntries(pick.memberIds.map((id) => [id, { name: nominated[id]!.name, deeds: nominated[id]!.deeds }]));
        const id = awardId(pick.branchId, year);
        if (!(await records.find(id)) && !pick.advancedBranch && pick.memberIds.length === 0) continue;
        await records.put(pick.branchId, id, { year, advancedBranch: pick.advancedBranch, members, publicity: null, approval: null });
      }
    },

    /** 公示 from a day for the scheme's working days, on the app's calendar. */
    async startPublicity(year: number, from: string, workingDays: number, calendar: WorkingDayCalendar): Promise<void> {
      const rows = await onList(year);
      const error = publicityError(from, rows.length);
      if (error) throw new ScoringRefusedError(error);
      const publicity = publicityPeriod(from, workingDays, calendar);
      for (const row of rows) await records.update(row.id, { publicity });
    },

    async approve(year: number, approval: Approval, today: string): Promise<void> {
      const rows = await onList(year);
      if (rows.length === 0) throw new ScoringRefusedError('名单为空，无可批准的表彰。');
      const error = approvalError(rows[0]!.publicity, approval, today);
      if (error) throw new ScoringRefusedError(error);
      for (const row of rows) await records.update(row.id, { approval: { approvedOn: approval.approvedOn, document: approval.document.trim() } });
    },
  };
}

export const awardRepository = createAwardRepository(ledgerDb);
