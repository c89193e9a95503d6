import { upcomingDeadlines } from '../development/deadlines';
import { periodLabel } from '../meetings/periods';
import { isOnRoster } from '../members/roster-periods';
import { ageOn, hasCollegeEducation, isEthnicMinority, isFrontLineMedical, stageOn, within } from './member-facts';
import { judgedOn, type BranchStatRecords, type StatScope } from './stat-input';
import { buildStatTable, countCell, countColumn, type StatCell, type StatColumn, type StatTable } from './stat-table';

/** 35岁及以下 at admission: the age the 发展党员 structure figures report (中组部 发展党员工作 年度统计). */
export const YOUNG_ADMISSION_MAX_AGE = 35;

/**
 * 发展党员情况 for a period, a row per branch, after 《中国共产党发展党员工作细则》(2014)
 * and the 发展党员 figures of the 党内统计: the pipeline on the books at the period's end,
 * those admitted as probationary members in the period (支部大会 date, 第二十八条) and the
 * structure of that intake, 转正 in the period (第三十二条), and steps overdue by the rules.
 */
export const DEVELOPMENT_COLUMNS: readonly StatColumn[] = [
  countColumn('applicants', '入党申请人', 'member', '期末在册'),
  countColumn('activists', '入党积极分子', 'member', '期末在册'),
  countColumn('candidates', '发展对象', 'member', '期末在册'),
  countColumn('admitted', '发展党员', 'member', '本期发展党员'),
  countColumn('admittedFemale', '女性', 'member', '本期发展党员'),
  countColumn('admittedMinority', '少数民族', 'member', '本期发展党员'),
  countColumn('admittedYoung', '35岁及以下', 'member', '本期发展党员'),
  countColumn('admittedCollege', '大专及以上', 'member', '本期发展党员'),
  countColumn('admittedFrontLine', '一线医务人员', 'member', '本期发展党员'),
  countColumn('madeFull', '预备党员转正', 'member'),
  countColumn('overdue', '有逾期未办事项', 'member'),
];

function developmentCells(records: BranchStatRecords, scope: StatScope): Record<string, StatCell> {
  const { period } = scope;
  const end = period.end;
  const ids: Record<string, string[]> = Object.fromEntries(DEVELOPMENT_COLUMNS.map((column) => [column.key, []]));
  for (const member of records.members) {
    if (member.deleted) continue;
    if (isOnRoster(member, end)) {
      const stage = stageOn(member, end);
      if (stage === 'applicant') ids.applicants!.push(member.id);
      if (stage === 'activist') ids.activists!.push(member.id);
      if (stage === 'candidate') ids.candidates!.push(member.id);
    }
    const admittedOn = member.joinedOn || member.development.admissionVoteOn;
    if (within(admittedOn, period)) {
      ids.admitted!.push(member.id);
      if (member.gender === 'female') ids.admittedFemale!.push(member.id);
      if (isEthnicMinority(member.ethnicity)) ids.admittedMinority!.push(member.id);
      const age = ageOn(member, admittedOn);
      if (age !== null && age <= YOUNG_ADMISSION_MAX_AGE) ids.admittedYoung!.push(member.id);
      if (hasCollegeEducation(member.education)) ids.admittedCollege!.push(member.id);
      if (isFrontLineMedical(member)) ids.admittedFrontLine!.push(member.id);
    }
    if (within(member.fullMembershipOn, period)) ids.madeFull!.push(member.id);
  }
  // The same deadlines 发展党员 and 首页 show, judged on the period's end (or today, while it runs).
  const overdue = upcomingDeadlines([...records.members], scope.ruleSet, scope.calendar, judgedOn(scope)).filter((item) => item.overdue);
  ids.overdue = [...new Set(overdue.map((item) => item.memberId))];
  return Object.fromEntries(Object.entries(ids).map(([key, list]) => [key, countCell(list)]));
}

export function developmentTable(branches: readonly BranchStatRecords[], scope: StatScope): StatTable {
  return buildStatTable({
    id: 'development',
    title: '发展党员情况',
    basis: '《中国共产党发展党员工作细则》（2014）；中共中央组织部《党内统计报表》发展党员情况',
    periodLabel: periodLabel(scope.period),
    columns: DEVELOPMENT_COLUMNS,
    rows: branches.map((records) => ({ key: records.branch.id, label: records.branch.name, cells: developmentCells(records, scope) })),
    notes: [
      '期末在册：统计期最后一天所处的发展阶段。发展党员：支部大会讨论接收为预备党员的日期在统计期内。',
      `35岁及以下按支部大会接收当日的周岁计算；大专及以上含大学专科、大学本科和研究生；一线医务人员指医生、护士、医技和药学人员。`,
      '逾期未办事项按发展党员规则计算至统计期末（统计期未结束的，计算至今天），与“发展党员”页面一致。',
    ],
  });
}
