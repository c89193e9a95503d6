import type { AssessmentScheme } from '../assessment/scheme-types';

/**
 * The shape of a rule set. A rule set travels from the central office to every branch
 * inside a package, so everything here is plain JSON: no Infinity, no Date, no functions.
 */

import type { WorkingDayCalendar } from '../calendar/working-days';
import type { BranchKind } from '../branch/branch';

export interface RuleSource {
  /** e.g. 中国共产党支部工作条例（试行） */
  regulation: string;
  /** e.g. 第十一条, or a chapter/topic where the article is not certain. */
  article: string;
}

export interface Rule<T> {
  value: T;
  unit: string;
  /** What the rule requires, in Chinese, for the screens that explain a warning. */
  description: string;
  source: RuleSource;
  /** YYYY-MM-DD: the value applies to rule periods beginning on or after this date. */
  effectiveFrom: string;
  /**
   * The values this rule had before `effectiveFrom`, oldest first, each from its own date:
   * a period that began under an earlier value is still judged by it (ruleValueAt), so a
   * rule the central office changes does not turn last quarter's ledger red after the fact.
   */
  earlier?: Array<RuleValueFrom<T>>;
}

export interface RuleValueFrom<T> {
  value: T;
  /** YYYY-MM-DD */
  effectiveFrom: string;
}

/** A day of the year without the year (1月31日): a date a yearly document is due by. */
export interface MonthDay {
  /** 1–12 */
  month: number;
  /** 1–31; a day past the month's end is its last day (29 February in a common year is the 28th). */
  day: number;
}

/** A share that a count must exceed ("more than 4/5 attend"). */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export const FREQUENCY_PERIODS = ['month', 'quarter', 'halfYear', 'year'] as const;
export type FrequencyPeriod = (typeof FREQUENCY_PERIODS)[number];

export interface MeetingFrequency {
  /** At least this many … */
  times: number;
  /** … per calendar period. */
  per: FrequencyPeriod;
}

/**
 * One dues bracket. Amounts are integer 分 and rates integer basis points (1.5% = 150),
 * so that dues are computed without floating-point rounding.
 */
/** Basis points in a whole: a rate of 10_000 basis points is 100%. */
export const BASIS_POINTS_WHOLE = 10_000;

export interface DuesBracket {
  /** Inclusive upper bound of monthly income in 分; null for the open top bracket. */
  upToFen: number | null;
  rateBasisPoints: number;
}

export const MEETING_TYPES = [
  'partyMemberAssembly',
  'committeeMeeting',
  'partyGroupMeeting',
  'partyLecture',
  'themedPartyDay',
  'organizationalLifeMeeting',
  'democraticAppraisal',
  'heartToHeartTalk',
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  partyMemberAssembly: '支部党员大会',
  committeeMeeting: '支部委员会',
  partyGroupMeeting: '党小组会',
  partyLecture: '党课',
  themedPartyDay: '主题党日',
  organizationalLifeMeeting: '组织生活会',
  democraticAppraisal: '民主评议党员',
  heartToHeartTalk: '谈心谈话',
};

export interface BranchRules {
  minFullMembers: Rule<number>;
  maxMembers: Rule<number>;
  jointBranchMaxUnits: Rule<number>;
  committeeMinFullMembers: Rule<number>;
  committeeSizeMin: Rule<number>;
  committeeSizeNormalMax: Rule<number>;
  committeeSizeMax: Rule<number>;
  termYears: Rule<number>;
  villageTermYears: Rule<number>;
  termExtensionMaxYears: Rule<number>;
  termEndWarningMonths: Rule<number>;
  electionAttendance: Rule<Fraction>;
  /** 差额: candidates exceed the seats by at least this share of the seats. */
  electionCandidateMargin: Rule<Fraction>;
  /** A candidate is elected with more votes in favour than this share of those entitled to attend with a vote (应到会). */
  electionMajority: Rule<Fraction>;
  outOfContactMonths: Rule<number>;
  awayTransferMonths: Rule<number>;
}

/** Editions of 发展党员工作细则 this app knows how to apply. */
export const DEVELOPMENT_EDITIONS = ['2014'] as const;
export type DevelopmentEdition = (typeof DEVELOPMENT_EDITIONS)[number];

export interface DevelopmentRules {
  /** Which edition of 发展党员工作细则 the numbers below follow. */
  edition: DevelopmentEdition;
  applicantMinAge: Rule<number>;
  applicationTalkMonths: Rule<number>;
  activistAssessmentMonths: Rule<number>;
  activistTrainingYears: Rule<number>;
  contactsMin: Rule<number>;
  contactsMax: Rule<number>;
  introducers: Rule<number>;
  candidateTrainingDays: Rule<number>;
  candidateTrainingHours: Rule<number>;
  publicityWorkingDays: Rule<number>;
  admissionVoteMonthsAfterPreReview: Rule<number>;
  committeeApprovalMonths: Rule<number>;
  committeeApprovalMaxMonths: Rule<number>;
  probationYears: Rule<number>;
  probationExtensionMinMonths: Rule<number>;
  probationExtensionMaxMonths: Rule<number>;
  fullMembershipDecisionMonths: Rule<number>;
  reminderWindowDays: Rule<number>;
  /** 思想汇报 expected every this many months (1, 3, 6 or 12) from activists and probationary members; 0: no reminders. */
  thoughtReportMonths: Rule<number>;
}

export type MeetingRules = Record<MeetingType, Rule<MeetingFrequency>> & {
  organizationalLifeUsualQuarter: Rule<number>;
  partyCommitteeSecretaryLectures: Rule<MeetingFrequency>;
  silentBranchDays: Rule<number>;
  /** Day of each month by which the branch reports the previous month (组织生活月报, its package). */
  monthlyReportDay: Rule<number>;
  /** 年度工作计划（含主题党日计划）: due by this day of the year it plans. */
  annualPlanDue: Rule<MonthDay>;
  /** 发展党员工作计划: due by this day of the year it plans. */
  developmentPlanDue: Rule<MonthDay>;
  /** 年度工作总结: due by this day of the year it sums up. */
  yearSummaryDue: Rule<MonthDay>;
  committeeQuorum: Rule<Fraction>;
  admissionVoteApproval: Rule<Fraction>;
};

export interface StudyRules {
  memberAnnualHours: Rule<number>;
  leaderAnnualHours: Rule<number>;
  fullDayHours: Rule<number>;
  halfDayHours: Rule<number>;
  /** Meeting types whose duration counts as collective study for everyone present (and made up). */
  creditedMeetingTypes: Rule<MeetingType[]>;
  /** How often the branch organises collective study (one of the credited meeting types). */
  collectiveStudy: Rule<MeetingFrequency>;
  /** How far behind the year-to-date share of the target a member may fall before 首页 says so. */
  paceGraceDays: Rule<number>;
  /** The most hours one study note may claim (a five-day training course). */
  noteMaxHours: Rule<number>;
  /** Words of study notes and 心得体会 a member writes a year, by the kind of branch; 0 sets no target. */
  noteTargets: Rule<NoteTargets>;
}

/** A year's written study for one member of a branch of this kind. */
export interface NoteTarget {
  /** Characters of study notes (学习笔记字数), 心得体会 included. */
  words: number;
  /** 心得体会 written a year. */
  reflections: number;
}

export type NoteTargets = Record<BranchKind, NoteTarget>;

export interface DuesRules {
  employedBrackets: Rule<DuesBracket[]>;
  retiredBrackets: Rule<DuesBracket[]>;
  flatMonthlyFen: Rule<number>;
  maxPaymentPeriodMonths: Rule<number>;
  makeUpMaxMonths: Rule<number>;
  arrearsWarningMonths: Rule<number>;
  arrearsAlarmMonths: Rule<number>;
  /** Day of the quarter's last month by which the branch remits the quarter's dues. */
  remittanceDueDay: Rule<number>;
  /** How many days before that day 首页 starts to remind. */
  remittanceReminderDays: Rule<number>;
}

export interface RuleGroups {
  branch: BranchRules;
  development: DevelopmentRules;
  meetings: MeetingRules;
  study: StudyRules;
  dues: DuesRules;
}

export interface RuleSet {
  id: string;
  /** Increases with every change the central office publishes. */
  version: number;
  name: string;
  /** YYYY-MM-DD from which this set replaces the previous one. */
  effectiveFrom: string;
  rules: RuleGroups;
  /**
   * The central office's 考核方案, published and carried with the rules. Absent in the national
   * set and in sets published before assessment existed: the default scheme applies then
   * (`assessmentSchemeOf`).
   */
  assessment?: AssessmentScheme;
  /**
   * The years of holidays and make-up workdays the central office typed (国务院办公厅通知);
   * they replace the built-in years of the same number (activeCalendar). Absent: the built-in ones.
   */
  calendar?: WorkingDayCalendar;
}

/** How a rule's value is checked when a rule set arrives in a package. */
export type RuleValueKind = 'count' | 'fraction' | 'frequency' | 'duesBrackets' | 'meetingTypes' | 'noteTargets' | 'monthDay';

type KindOf<R> =
  R extends Rule<infer V>
    ? V extends number
      ? 'count'
      : V extends Fraction
        ? 'fraction'
        : V extends MeetingFrequency
          ? 'frequency'
          : V extends DuesBracket[]
            ? 'duesBrackets'
            : V extends MeetingType[]
              ? 'meetingTypes'
              : V extends NoteTargets
                ? 'noteTargets'
                : V extends MonthDay
                  ? 'monthDay'
                  : never
    : never;

/** Every rule of every group with its value kind; the compiler keeps it complete. */
export type RuleSchema = {
  [G in keyof RuleGroups]: {
    [K in keyof RuleGroups[G] as RuleGroups[G][K] extends Rule<unknown> ? K : never]-?: KindOf<RuleGroups[G][K]>;
  };
};
