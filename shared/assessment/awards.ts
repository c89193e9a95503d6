import { addWorkingDays, type WorkingDayCalendar } from '../calendar/working-days';
import { addDays, isValidDate } from '../dates';
import type { BaseRecord } from '../records/base-record';
import { SCORED_KINDS } from './points';
import type { AssessmentItem } from './scheme-types';
import type { BranchScore } from './score-sheet';

/**
 * 评先评优 for a year: the central office's list of 先进党支部 and 优秀共产党员, shown for a
 * 公示 period of working days and then approved. One record per branch and year under a derived
 * id, owned by that branch (so it goes back in its 回执) and written only by the office, like
 * assessmentResults; the whole list is the year's records together.
 */
export interface Publicity {
  /** First day of 公示, YYYY-MM-DD. */
  from: string;
  workingDays: number;
  /** Last day of 公示 (the working day `workingDays` − 1 after `from`, by the calendar). */
  until: string;
  /** The calendar did not cover a year of the period: the end date is provisional (暂算). */
  provisional: boolean;
}

export interface Approval {
  approvedOn: string;
  /** 表彰决定文号, e.g. 院党委〔2026〕12号 */
  document: string;
}

export interface AwardRecord extends BaseRecord {
  year: number;
  /** On the list as 先进党支部. */
  advancedBranch: boolean;
  /** 优秀共产党员 on the list, by member id, with the branch's 事迹. */
  members: Record<string, { name: string; deeds: string }>;
  publicity: Publicity | null;
  approval: Approval | null;
}

export type AwardContent = Omit<AwardRecord, keyof BaseRecord>;

export function awardId(branchId: string, year: number): string {
  return `award-${year}-${branchId}`;
}

export type AwardStage = 'draft' | 'publicity' | 'publicityEnded' | 'approved';

export const AWARD_STAGE_LABELS: Record<AwardStage, string> = {
  draft: '名单拟定中',
  publicity: '公示中',
  publicityEnded: '公示期满，待批准',
  approved: '已批准表彰',
};

export function awardStage(record: Pick<AwardRecord, 'publicity' | 'approval'> | undefined, today: string): AwardStage {
  if (record?.approval) return 'approved';
  if (!record?.publicity) return 'draft';
  return today > record.publicity.until ? 'publicityEnded' : 'publicity';
}

/** 公示 of `workingDays` working days from `from` (itself counted when it is a working day). */
export function publicityPeriod(from: string, workingDays: number, calendar: WorkingDayCalendar): Publicity {
  // addWorkingDays counts the days after its start: start the day before so that `from` is the first day.
  const end = addWorkingDays(addDays(from, -1), workingDays, calendar);
  return { from, workingDays, until: end.date, provisional: end.provisional };
}

/** Why 公示 cannot start, or null. */
export function publicityError(from: string, listed: number): string | null {
  if (listed === 0) return '名单为空：请先勾选先进党支部或优秀共产党员并保存名单。';
  if (!isValidDate(from)) return '请填写有效的公示开始日期。';
  return null;
}

/** Why the list cannot be approved, or null: 公示 must have ended, and the decision has a date and a 文号. */
export function approvalError(publicity: Publicity | null, approval: Approval, today: string): string | null {
  if (!publicity) return '名单尚未公示，公示期满后才能批准。';
  if (!isValidDate(approval.approvedOn)) return '请填写有效的批准日期。';
  if (approval.approvedOn > today) return `批准日期 ${approval.approvedOn} 晚于今天。`;
  if (approval.approvedOn <= publicity.until) return `公示至 ${publicity.until}，批准日期应在公示期满之后。`;
  if (approval.document.trim().length < 4) return '请填写表彰决定文号。';
  return null;
}


/** The titles of the items a branch's score still waits for (manual, 述职): what 先进党支部 needs first. */
export function unscoredItemTitles(score: Pick<BranchScore, 'items'>, items: readonly AssessmentItem[]): string[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return score.items.flatMap((entry) => {
    const item = byId.get(entry.itemId);
    return item && entry.points === null && SCORED_KINDS.has(item.scoring.kind) ? [item.title] : [];
  });
}

/**
 * Why a branch cannot be put on the list as 先进党支部 for a year, or null: the year's 考核
 * must be scored whole (no item waiting for the office) and not vetoed, since the pick is made
 * from the year's ranking. Names the items still missing.
 */
export function advancedBranchError(branchName: string, year: number, score: Pick<BranchScore, 'items' | 'vetoed'> | undefined, items: readonly AssessmentItem[]): string | null {
  if (!score) return `${branchName}没有${year}年度考核数据，不能评为先进党支部。`;
  if (score.vetoed) return `${branchName}${year}年度考核被一票否决，不能评为先进党支部。`;
  const missing = unscoredItemTitles(score, items);
  if (missing.length > 0) {
    return `${branchName}${year}年度考核还有 ${missing.length} 项未评分（${missing.map((title) => `“${title}”`).join('、')}），请先在“评分与排名”中评完，再评为先进党支部。`;
  }
  return null;
}

/** One line of the award list: a 先进党支部 or an 优秀共产党员 with the branch's 事迹. */
export interface Honour {
  key: string;
  title: '先进党支部' | '优秀共产党员';
  name: string;
  branch: string;
  deeds: string;
}

/** The year's list in its order, branches first: what the printed list, the certificates and the Excel list show. */
export function awardHonours(awards: readonly AwardRecord[], branchName: (id: string) => string): Honour[] {
  const branches = awards.filter((award) => award.advancedBranch).map((award) => ({ key: `b-${award.branchId}`, title: '先进党支部' as const, name: branchName(award.branchId), branch: branchName(award.branchId), deeds: '' }));
  const members = awards.flatMap((award) =>
    Object.entries(award.members).map(([id, member]) => ({ key: `m-${id}`, title: '优秀共产党员' as const, name: member.name, branch: branchName(award.branchId), deeds: member.deeds })),
  );
  return [...branches, ...members];
}
