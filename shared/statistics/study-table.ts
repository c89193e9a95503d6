import { periodLabel } from '../meetings/periods';
import { studyLedger } from '../study/study-ledger';
import { judgedOn, type BranchStatRecords, type StatScope } from './stat-input';
import { amountCell, buildStatTable, countCell, countColumn, type StatCell, type StatColumn, type StatTable } from './stat-table';

/**
 * 党员学习（学时）情况, a row per branch: where each person with a yearly target stands on
 * the period's last day (or today, while it runs), from the 学时台账 itself (studyLedger),
 * so these figures are the ones the branch's 学习 page shows. Targets per
 * 《中国共产党党员教育管理工作条例》(2019) 第二十条 and the rule set.
 */
export const STUDY_COLUMNS: readonly StatColumn[] = [
  countColumn('people', '应学人数', 'member'),
  countColumn('met', '已达标', 'member', '进度'),
  countColumn('onPace', '进度正常', 'member', '进度'),
  countColumn('behind', '进度落后', 'member', '进度'),
  countColumn('missed', '全年未达标', 'member', '进度'),
  { key: 'hours', label: '累计学时', group: '学时', kind: 'hours', refs: 'member' },
  { key: 'averageHours', label: '人均学时', group: '学时', kind: 'ratio', refs: 'member', ratio: { numerator: 'hours', denominator: 'people', percent: false } },
];

function studyCells(records: BranchStatRecords, scope: StatScope): Record<string, StatCell> {
  const year = Number(scope.period.end.slice(0, 4));
  const ledger = studyLedger({
    branch: records.branch,
    members: records.members,
    notebooks: records.notebooks,
    meetings: records.meetings,
    year,
    today: judgedOn(scope),
    rules: scope.ruleSet.rules,
  });
  const of = (statuses: readonly string[]) => ledger.rows.filter((row) => statuses.includes(row.status)).map((row) => row.member.id);
  const everyone = ledger.rows.map((row) => row.member.id);
  return {
    people: countCell(everyone),
    met: countCell(of(['met'])),
    // 未开始 (a member whose months on the books have not begun) is not behind: counted with those on pace.
    onPace: countCell(of(['onPace', 'notStarted'])),
    behind: countCell(of(['behind'])),
    missed: countCell(of(['missed'])),
    hours: amountCell(ledger.summary.totalHours, everyone),
  };
}

export function studyTable(branches: readonly BranchStatRecords[], scope: StatScope): StatTable {
  return buildStatTable({
    id: 'study',
    title: '党员学习学时情况',
    basis: '《中国共产党党员教育管理工作条例》（2019）第二十条；院党委下发的学时目标',
    periodLabel: `${periodLabel(scope.period)}（${scope.period.end.slice(0, 4)}年累计至${judgedOn(scope)}）`,
    columns: STUDY_COLUMNS,
    rows: branches.map((records) => ({ key: records.branch.id, label: records.branch.name, cells: studyCells(records, scope) })),
    notes: ['学时按自然年累计，与“学习”页面的学时台账一致：学习笔记加上党课、主题党日等会议（含补课）计入的学时。'],
  });
}
