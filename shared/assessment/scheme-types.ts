/**
 * The assessment scheme (党建工作目标责任制考核细则) as data. There is no national numeric
 * scheme: each hospital Party committee sets its own (domain-rules.md, "Talks, appraisal,
 * assessment"), so the central office edits this and it travels to every branch inside the
 * rule set (`RuleSet.assessment`), validated, versioned and carried exactly like the rules.
 * Plain JSON throughout: no Infinity, no Date, no functions.
 */

/** The figures the app computes from a branch's records, which an automatic item scores. */
export const ASSESSMENT_FIGURES = [
  'meetingsOnTime',
  'attendanceRate',
  'studyPace',
  'duesRemittedOnTime',
  'developmentOnTime',
  'reviewsApproved',
  'talkCoverage',
  'monthlyReportsOnTime',
  'activitiesHeld',
] as const;
export type AssessmentFigure = (typeof ASSESSMENT_FIGURES)[number];

export const FIGURE_LABELS: Record<AssessmentFigure, string> = {
  meetingsOnTime: '“三会一课”按期召开率',
  attendanceRate: '组织生活平均出席率',
  studyPace: '学时进度达标党员比例',
  duesRemittedOnTime: '党费按期（20日前）上缴率',
  developmentOnTime: '发展党员各环节按期完成率',
  reviewsApproved: '会议记录审阅通过率',
  talkCoverage: '谈心谈话覆盖率（按谈话记录）',
  monthlyReportsOnTime: '组织生活月报按时报送率',
  activitiesHeld: '开展党建+业务活动的季度比例',
};

export const ASSESSMENT_PERIODS = ['quarter', 'year'] as const;
export type AssessmentPeriodKind = (typeof ASSESSMENT_PERIODS)[number];

export const PERIOD_KIND_LABELS: Record<AssessmentPeriodKind, string> = { quarter: '季度', year: '年度' };

/**
 * How a figure (a share, 0–100 %) becomes points. linear: nothing at or below `zeroAtPercent`,
 * the item's maximum at or above `fullAtPercent`, in proportion between. steps: the points of
 * the highest step reached, steps listed from the highest threshold down; below all, 0.
 */
export type ScoringRule =
  | { kind: 'linear'; zeroAtPercent: number; fullAtPercent: number }
  | { kind: 'steps'; steps: Array<{ atLeastPercent: number; points: number }> };

/** What an automatic item scores when its figure has nothing to count (no development step fell due). */
export const NO_DATA_POLICIES = ['full', 'zero'] as const;
export type NoDataPolicy = (typeof NO_DATA_POLICIES)[number];

/** 述职评议 grades the office gives the 书记述职. */
export const REPORT_GRADES = ['good', 'fairlyGood', 'fair', 'poor'] as const;
export type ReportGrade = (typeof REPORT_GRADES)[number];
export const REPORT_GRADE_LABELS: Record<ReportGrade, string> = { good: '好', fairlyGood: '较好', fair: '一般', poor: '差' };

/**
 * automatic: from a figure by a rule. manual: the office types points (0 to max) with a note.
 * reportGrade: the office grades the 书记述职 and the item scores that share of its maximum.
 * deduction: the office takes off up to `maxPoints` with a note (扣分项). veto: 一票否决 — once
 * the office marks it, the total is capped at `capAt` and the branch can hold no 流动红旗 and no 星级.
 */
export type ItemScoring =
  | { kind: 'automatic'; figure: AssessmentFigure; rule: ScoringRule; whenNoData: NoDataPolicy }
  | { kind: 'manual' }
  | { kind: 'reportGrade'; percentByGrade: Record<ReportGrade, number> }
  | { kind: 'deduction' }
  | { kind: 'veto'; capAt: number };

export type ItemScoringKind = ItemScoring['kind'];

export const SCORING_KIND_LABELS: Record<ItemScoringKind, string> = {
  automatic: '自动计分',
  manual: '人工评分',
  reportGrade: '述职评议',
  deduction: '扣分项',
  veto: '一票否决',
};

export interface AssessmentArea {
  id: string;
  /** 组织建设, 三会一课, … */
  label: string;
}

export interface AssessmentItem {
  id: string;
  areaId: string;
  title: string;
  /** What is looked at, in Chinese, as the 考核细则 prints it. */
  criteria: string;
  /** Points for automatic and manual items; the most a deduction takes off; 0 for a veto. One decimal at most. */
  maxPoints: number;
  /** A quarterly item is scored every quarter and again over the whole year; a yearly item once a year. */
  period: AssessmentPeriodKind;
  scoring: ItemScoring;
  /** Where the item and its weight come from, for the office that edits it. */
  source: string;
}

/**
 * How equal totals are told apart, in order; branches still equal after all of them share
 * the rank (and, at the cut, the flag). automatic: the higher sum of automatic items (what the
 * records show beats what was judged); area: the higher subtotal of that area; deductions:
 * fewer points deducted.
 */
export type TieBreak = { kind: 'automatic' } | { kind: 'area'; areaId: string } | { kind: 'deductions' };

/**
 * What a member's 积分 counts, per year: meetings attended (出席), make-ups (补课), 学时 from the
 * 学时台账, volunteer hours and 先锋岗/示范岗 duties (the branch's activity records).
 */
export const MEMBER_POINT_SOURCES = ['attendance', 'makeUp', 'studyHours', 'volunteerHours', 'pioneerPost', 'modelPost'] as const;
export type MemberPointSource = (typeof MEMBER_POINT_SOURCES)[number];

export const MEMBER_POINT_UNITS: Record<MemberPointSource, string> = {
  attendance: '次',
  makeUp: '次',
  studyHours: '学时',
  volunteerHours: '小时',
  pioneerPost: '次',
  modelPost: '次',
};

/** One item of the members' 积分: `pointsPerUnit` for each unit counted, at most `maxPoints` a year. */
export interface MemberPointsItem {
  id: string;
  source: MemberPointSource;
  label: string;
  pointsPerUnit: number;
  maxPoints: number;
  /** Where the item and its weight come from. */
  basis: string;
}

/** 评先评优: how long the nomination list is shown (公示) before approval, in working days. */
export interface AwardRules {
  publicityWorkingDays: number;
}

export interface AssessmentScheme {
  id: string;
  /** Increases with every save at the central office. */
  version: number;
  name: string;
  /** YYYY-MM-DD */
  effectiveFrom: string;
  areas: AssessmentArea[];
  items: AssessmentItem[];
  tieBreaks: TieBreak[];
  /** 流动红旗 awarded each quarter to the branches ranked this high or better. */
  flagsPerQuarter: number;
  /** The least year total for 1 to 5 stars, ascending. */
  starThresholds: [number, number, number, number, number];
  /** 党员积分 items (a scheme published before they existed gets the default: assessmentSchemeOf). */
  memberPoints: MemberPointsItem[];
  awards: AwardRules;
}
