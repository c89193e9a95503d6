import { membershipStatusOf, type MemberRecord } from '../members/member';
import { rosterMonthsOfYear } from '../members/roster-periods';
import type { BaseRecord } from '../records/base-record';

/**
 * 民主评议党员 results (党员教育管理工作条例第十八条; domain-rules.md "Talks, appraisal,
 * assessment"): once a year each member gets a 等次 from the democratic vote; 不合格 members
 * get 组织处置 decided by the branch. The branch's nominations of 优秀共产党员 come from the
 * year's 优秀 and are kept in the same record. Written only by the branch; travels in its 报送包.
 */
export const APPRAISAL_GRADES = ['excellent', 'qualified', 'basicallyQualified', 'unqualified'] as const;
export type AppraisalGrade = (typeof APPRAISAL_GRADES)[number];

export const APPRAISAL_GRADE_LABELS: Record<AppraisalGrade, string> = {
  excellent: '优秀',
  qualified: '合格',
  basicallyQualified: '基本合格',
  unqualified: '不合格',
};

/** 组织处置 of a 不合格 member (关于加强和改进党员队伍建设的意见; 党章第三十八条 for 除名). */
export const DISPOSALS = ['correction', 'persuadeToLeave', 'removal'] as const;
export type Disposal = (typeof DISPOSALS)[number];

export const DISPOSAL_LABELS: Record<Disposal, string> = {
  correction: '限期改正',
  persuadeToLeave: '劝其退党',
  removal: '除名',
};

export interface AppraisalEntry {
  /** The member's name when graded, so the office's lists read without the roster. */
  name: string;
  grade: AppraisalGrade;
  /** Votes the member received for the grade given; null when the branch did not record them. */
  votes: number | null;
  /** Why the grade: required for 基本合格 and 不合格. */
  reason: string;
  /** 不合格 only: the 组织处置 decided, '' while pending. */
  disposal: Disposal | '';
  disposalNote: string;
}

export interface Nomination {
  name: string;
  /** 主要事迹 */
  deeds: string;
}

export interface MemberAppraisalRecord extends BaseRecord {
  year: number;
  /** The 民主评议党员 (or combined 组织生活会) meeting the vote was held at; '' when not linked. */
  meetingId: string;
  /** 参加测评人数; null when not recorded. */
  voters: number | null;
  /** By member id. */
  results: Record<string, AppraisalEntry>;
  /** 推荐优秀共产党员, by member id: only members graded 优秀 this year. */
  nominations: Record<string, Nomination>;
}

export type MemberAppraisalContent = Omit<MemberAppraisalRecord, keyof BaseRecord>;

/** What the 民主评议 screen shows for a member not graded yet: never a 等次 by default. */
export const UNGRADED_LABEL = '未评';

/**
 * Who is appraised in a year: party members (正式 and 预备) on the branch's roster in some
 * month of it, deleted records left out. The branch's form lists them; the statistics count
 * those of them without a 等次 as 未评.
 */
export function appraisableMembers<T extends MemberRecord>(members: readonly T[], year: number): T[] {
  return members.filter((member) => !member.deleted && membershipStatusOf(member.stage) !== 'none' && rosterMonthsOfYear(member, year).length > 0);
}

/** The appraisable members with no 等次 in the year's results: what saving leaves 未评. */
export function ungradedMembers<T extends MemberRecord>(appraisable: readonly T[], results: Readonly<Record<string, unknown>>): T[] {
  return appraisable.filter((member) => !Object.hasOwn(results, member.id));
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Every reason the year's results cannot be stored, in Chinese, naming the member. */
export function appraisalErrors(content: MemberAppraisalContent): string[] {
  const errors: string[] = [];
  if (content.voters !== null && (!isCount(content.voters) || content.voters === 0)) errors.push('参加测评人数应为正整数，或不填。');
  for (const entry of Object.values(content.results)) {
    const who = `${entry.name}：`;
    if (!(APPRAISAL_GRADES as readonly string[]).includes(entry.grade)) errors.push(`${who}请选择评议等次。`);
    if (entry.votes !== null && (!isCount(entry.votes) || (content.voters !== null && entry.votes > content.voters))) {
      errors.push(`${who}得票数应为不超过参加测评人数${content.voters === null ? '' : `（${content.voters} 人）`}的整数。`);
    }
    if ((entry.grade === 'basicallyQualified' || entry.grade === 'unqualified') && entry.reason.trim() === '') errors.push(`${who}评为${APPRAISAL_GRADE_LABELS[entry.grade]}须写明理由。`);
    if (entry.grade !== 'unqualified' && entry.disposal !== '') errors.push(`${who}只有不合格党员才作组织处置。`);
    if (entry.disposal !== '' && !(DISPOSALS as readonly string[]).includes(entry.disposal)) errors.push(`${who}组织处置应为限期改正、劝其退党或除名。`);
  }
  for (const [memberId, nomination] of Object.entries(content.nominations)) {
    if (content.results[memberId]?.grade !== 'excellent') errors.push(`${nomination.name}：只能推荐本年度民主评议为优秀的党员。`);
    else if (nomination.deeds.trim().length < 10) errors.push(`${nomination.name}：请填写主要事迹（至少 10 个字）。`);
  }
  return errors;
}

export interface AppraisalCounts {
  appraised: number;
  byGrade: Record<AppraisalGrade, number>;
  /** 不合格 without a 组织处置 yet. */
  disposalPending: number;
  nominated: number;
}

/** What 民主评议 gave in a branch's year: counts by 等次, 不合格 awaiting 组织处置, nominations. */
export function appraisalCounts(record: Pick<MemberAppraisalRecord, 'results' | 'nominations'> | undefined): AppraisalCounts {
  const entries = Object.values(record?.results ?? {});
  const byGrade = Object.fromEntries(APPRAISAL_GRADES.map((grade) => [grade, entries.filter((entry) => entry.grade === grade).length])) as Record<AppraisalGrade, number>;
  return {
    appraised: entries.length,
    byGrade,
    disposalPending: entries.filter((entry) => entry.grade === 'unqualified' && entry.disposal === '').length,
    nominated: Object.keys(record?.nominations ?? {}).length,
  };
}
