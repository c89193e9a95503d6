/**
 * What a plan or summary starts from, so the secretary edits rather than types: the year's
 * meeting calendar from the rule set's frequencies, the roster's people in development, and
 * the year's figures the ledger already computes (the same statistics tables as the
 * 组织生活月报 and the office's 统计报表, so the summary and the office's figures agree).
 */
import type { PublishedResult } from '../assessment/assessment-records';
import { formatPoints } from '../assessment/points';
import { starsText } from '../assessment/ranking';
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingType } from '../meetings/meeting-types';
import { STAGE_LABELS, type DevelopmentStage, type MemberRecord } from '../members/member';
import { isOnRoster } from '../members/roster-periods';
import { ruleValueAt } from '../rules/rule-history';
import type { MeetingFrequency, MeetingRules } from '../rules/rule-types';
import { figuresOf, MONTHLY_REPORT_TABLES } from '../statistics/monthly-report-draft';
import { formatStatValue, type StatTable } from '../statistics/stat-table';
import type { ReportFigure } from '../statistics/monthly-report';
import type { BranchStatRecords, StatScope } from '../statistics/stat-input';
import { statTable } from '../statistics/statistics';
import type { DevelopmentTarget, PlanMonth, PlanPerson } from './plan';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/**
 * Suggested 主题党日 themes for the months a hospital marks anyway; the others are left for the
 * secretary (the plan is refused until every planned month has one).
 */
const THEME_SUGGESTIONS: Readonly<Record<number, string>> = {
  1: '学习上级会议精神，部署全年工作',
  3: '学雷锋志愿服务（3月5日学雷锋纪念日）',
  5: '5·12国际护士节：弘扬南丁格尔精神',
  7: '庆祝中国共产党成立纪念日，重温入党誓词',
  8: '8·19中国医师节：践行医师誓言',
  10: '庆祝国庆，开展爱国主义教育',
  12: '召开组织生活会，开展民主评议党员',
};

/** The months of a year a meeting of this frequency is planned in: spread evenly, from the period's first month. */
function plannedMonths(frequency: MeetingFrequency, usualQuarter: number): number[] {
  switch (frequency.per) {
    case 'month':
      return MONTHS;
    case 'quarter':
      return [1, 4, 7, 10];
    case 'halfYear':
      return [1, 7];
    case 'year':
      // 组织生活会 and 民主评议 are held in the usual quarter (教育管理条例第十七条: usually Q4), at its end.
      return [usualQuarter * 3];
  }
}

function meetingText(type: MeetingType, times: number): string {
  return times > 1 ? `${MEETING_TYPE_LABELS[type]}（${times} 次）` : MEETING_TYPE_LABELS[type];
}

/**
 * The twelve months of the 年度工作计划: each month's meetings from the frequencies in force on
 * 1 January of the year (谈心谈话 is planned by person, in 谈心谈话, not as a meeting), and a
 * suggested 主题党日 theme where the month has one.
 */
export function planMonths(meetings: MeetingRules, year: number): PlanMonth[] {
  const onFirstDay = `${year}-01-01`;
  const usualQuarter = ruleValueAt(meetings.organizationalLifeUsualQuarter, onFirstDay);
  const byMonth = new Map<number, string[]>(MONTHS.map((month) => [month, []]));
  for (const type of MEETING_TYPES) {
    if (type === 'heartToHeartTalk') continue;
    const frequency = ruleValueAt(meetings[type], onFirstDay);
    // A rule of several times a quarter or year puts them all in its planned month; the secretary spreads them.
    for (const month of plannedMonths(frequency, usualQuarter)) byMonth.get(month)!.push(meetingText(type, frequency.times));
  }
  return MONTHS.map((month) => ({ month, theme: THEME_SUGGESTIONS[month] ?? '', meetings: byMonth.get(month)!.join('、') }));
}

/** Whether a month of the plan holds a 主题党日, and so needs a theme. */
export function monthHasThemeDay(line: PlanMonth): boolean {
  return line.meetings.includes(MEETING_TYPE_LABELS.themedPartyDay);
}

const NEXT_TARGET: Partial<Record<DevelopmentStage, DevelopmentTarget>> = { applicant: 'activist', activist: 'candidate', candidate: 'probationary' };
const STAGE_ORDER: readonly DevelopmentStage[] = ['candidate', 'activist', 'applicant'];

/** The roster's 入党申请人, 积极分子 and 发展对象 on `date`, 发展对象 first: whom a 发展计划 can name. */
export function developmentCandidates(members: readonly MemberRecord[], date: string): MemberRecord[] {
  return members
    .filter((member) => !member.deleted && NEXT_TARGET[member.stage] !== undefined && isOnRoster(member, date))
    .sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** A person as the plan names them, aiming at the next step of their stage. */
export function planPerson(member: Pick<MemberRecord, 'id' | 'name' | 'stage'>, target?: DevelopmentTarget): PlanPerson {
  return { memberId: member.id, name: member.name, stage: member.stage, target: target ?? NEXT_TARGET[member.stage] ?? 'activist' };
}

export function stageLabel(stage: DevelopmentStage): string {
  return STAGE_LABELS[stage];
}

const ASSESSMENT_SECTION = '考核结果';

/** The office's published result of the year, as figures; none until it is published. */
function assessmentFigures(result: PublishedResult | null | undefined): ReportFigure[] {
  if (!result) return [];
  const figure = (label: string, value: string): ReportFigure => ({ section: ASSESSMENT_SECTION, label, value });
  return [
    figure('得分', `${formatPoints(result.total)} / ${formatPoints(result.maxTotal)}`),
    figure('排名', `第 ${result.rank} 名 / 共 ${result.of} 个支部`),
    ...(result.stars === null ? [] : [figure('星级', starsText(result.stars))]),
    ...(result.vetoed ? [figure('一票否决', '是')] : []),
  ];
}

/** A cell of a one-branch table as printed ('—' where the table has none). */
function cellText(table: StatTable, key: string): string {
  const column = table.columns.find((each) => each.key === key);
  return column ? formatStatValue(column, table.rows[0]?.cells[key]?.value ?? null) : '—';
}

function cellSum(table: StatTable, keys: readonly string[]): number {
  return keys.reduce((sum, key) => sum + (table.rows[0]?.cells[key]?.value ?? 0), 0);
}

/** The year's headline figures in a sentence each, for the summary's first part (the secretary edits it). */
function summaryOpening(tables: Readonly<Record<(typeof MONTHLY_REPORT_TABLES)[number], StatTable>>, assessment: PublishedResult | null | undefined): string {
  const { meetingLife, study, dues, development } = tables;
  const types = MEETING_TYPES.filter((type) => type !== 'heartToHeartTalk');
  const due = cellSum(meetingLife, types.map((type) => `${type}.due`));
  const onTime = cellSum(meetingLife, types.map((type) => `${type}.onTime`));
  const late = cellSum(meetingLife, types.map((type) => `${type}.late`));
  const missing = cellSum(meetingLife, types.map((type) => `${type}.missing`));
  const lines = [
    `全年召开各类会议 ${cellText(meetingLife, 'held')} 次；按规则应开 ${due} 次，按期召开 ${onTime} 次，补开 ${late} 次，未开 ${missing} 次；平均出席率 ${cellText(meetingLife, 'attendanceRate')}。`,
    `党员集中学习累计 ${cellText(study, 'hours')} 学时，人均 ${cellText(study, 'averageHours')} 学时，${cellText(study, 'people')} 名应学党员中 ${cellText(study, 'met')} 名已达标。`,
    `党费应交 ${cellText(dues, 'dueFen')} 元，实交 ${cellText(dues, 'paidFen')} 元，上缴 ${cellText(dues, 'remittedFen')} 元。`,
    `发展党员 ${cellText(development, 'admitted')} 名，预备党员转正 ${cellText(development, 'madeFull')} 名；年末有入党申请人 ${cellText(development, 'applicants')} 名、积极分子 ${cellText(development, 'activists')} 名、发展对象 ${cellText(development, 'candidates')} 名。`,
  ];
  if (assessment) lines.push(`年度考核得分 ${formatPoints(assessment.total)} 分，第 ${assessment.rank} 名（共 ${assessment.of} 个支部）${assessment.stars === null ? '' : `，${starsText(assessment.stars)}`}。`);
  return lines.join('\n');
}

/** What the 年度工作总结 starts from: its figures and a body whose first part states them. */
export interface YearSummaryDraft {
  figures: ReportFigure[];
  body: string;
}

/**
 * The 年度工作总结's figures: the year's row of the tables a monthly report carries (meetings due,
 * held on time, late and missing per type, attendance, make-ups owed; study hours; dues;
 * development; members who came and went) and the year's 考核 result once the office published it;
 * with a body whose first part says the headline figures. `scope.period` must be the year.
 */
export function yearSummaryDraft(records: BranchStatRecords, scope: StatScope, assessment?: PublishedResult | null): YearSummaryDraft {
  if (scope.period.kind !== 'year') throw new RangeError(`年度工作总结按年度汇总，统计期“${scope.period.key}”不是年度。`);
  const tables = Object.fromEntries(MONTHLY_REPORT_TABLES.map((id) => [id, statTable(id, [records], scope)])) as Record<(typeof MONTHLY_REPORT_TABLES)[number], StatTable>;
  return {
    figures: [...MONTHLY_REPORT_TABLES.flatMap((id) => figuresOf(tables[id])), ...assessmentFigures(assessment)],
    body: `一、全年工作完成情况\n${summaryOpening(tables, assessment)}\n\n二、主要做法和成效\n\n三、存在的问题\n\n四、下一年度工作打算\n`,
  };
}

/** The body a plan starts from: the headings a 年度工作计划 or 发展计划 is written under. */
export const PLAN_BODY_TEMPLATES: Readonly<Record<'annualPlan' | 'developmentPlan', string>> = {
  annualPlan: '一、指导思想\n\n二、工作目标\n\n三、主要措施（组织建设、学习教育、党建+业务、作风建设）\n\n四、主题党日和“三会一课”安排（见下表）\n',
  developmentPlan: '一、发展党员工作思路（坚持标准、保证质量、改善结构、慎重发展）\n\n二、培养措施（培养联系人、思想汇报、集中培训）\n\n三、本年度培养发展名单（见下表）\n',
};
