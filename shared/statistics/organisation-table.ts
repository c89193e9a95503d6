import { branchWarnings } from '../branch/branch-warnings';
import type { RuleSet } from '../rules/rule-set';
import { membersOn } from './member-facts';
import { asOfLabel, type BranchStatRecords } from './stat-input';
import { buildStatTable, countCell, countColumn, type StatCell, type StatColumn, type StatTable } from './stat-table';

/**
 * 组织设置 as of a date, a row per branch, after 《中国共产党支部工作条例（试行）》(2018):
 * joint branches (第八条), branches with a committee (第十五条: from 7 full members), the
 * secretary who also heads the department (双带头人, 《关于加强公立医院党的建设工作的意见》)
 * and its share, terms ending within the warning months and overdue 换届 (第十九条), and
 * branches below the 3 full members a branch needs (第六条). The warnings are the ones the
 * 支部信息 screen raises, from branchWarnings, so a table and a screen never disagree.
 */
export const ORGANISATION_COLUMNS: readonly StatColumn[] = [
  countColumn('branches', '党支部数', 'branch'),
  countColumn('joint', '联合党支部', 'branch', '其中'),
  countColumn('withCommittee', '设支部委员会', 'branch', '其中'),
  countColumn('withSecretary', '已配备书记', 'branch', '书记'),
  countColumn('dualLeader', '书记为“双带头人”', 'branch', '书记'),
  { key: 'dualLeaderShare', label: '“双带头人”占比', group: '书记', kind: 'ratio', refs: 'branch', ratio: { numerator: 'dualLeader', denominator: 'withSecretary', percent: true } },
  countColumn('termEnding', '任期将满', 'branch', '换届'),
  countColumn('termExpired', '逾期未换届', 'branch', '换届'),
  countColumn('tooFewFull', '正式党员不足3名', 'branch'),
  countColumn('members', '党员数', 'member'),
];

function organisationCells(records: BranchStatRecords, ruleSet: RuleSet, asOf: string): Record<string, StatCell> {
  const { branch } = records;
  const id = [branch.id];
  const none: string[] = [];
  const codes = new Set(branchWarnings(branch, [...records.members], ruleSet, asOf).map((warning) => warning.code));
  const seats = new Set((branch.committee ?? []).map((seat) => seat.memberId).filter((memberId) => memberId !== ''));
  const hasSecretary = (branch.committee ?? []).some((seat) => seat.role === 'secretary' && seat.memberId !== '');
  const ids: Record<string, readonly string[]> = {
    branches: id,
    joint: branch.isJoint ? id : none,
    withCommittee: seats.size >= ruleSet.rules.branch.committeeSizeMin.value ? id : none,
    withSecretary: hasSecretary ? id : none,
    dualLeader: hasSecretary && branch.secretaryIsDepartmentHead ? id : none,
    termEnding: codes.has('TERM_ENDING') ? id : none,
    termExpired: codes.has('TERM_EXPIRED') ? id : none,
    tooFewFull: codes.has('TOO_FEW_FULL_MEMBERS') ? id : none,
    members: membersOn(records.members, asOf).map(({ member }) => member.id),
  };
  return Object.fromEntries(Object.entries(ids).map(([key, list]) => [key, countCell(list)]));
}

export function organisationTable(branches: readonly BranchStatRecords[], ruleSet: RuleSet, asOf: string): StatTable {
  const months = ruleSet.rules.branch.termEndWarningMonths.value;
  return buildStatTable({
    id: 'organisation',
    title: '基层党组织设置情况',
    basis: '《中国共产党支部工作条例（试行）》（2018）第六条、第八条、第十五条、第十九条',
    periodLabel: asOfLabel(asOf),
    columns: ORGANISATION_COLUMNS,
    rows: branches.map((records) => ({ key: records.branch.id, label: records.branch.name, cells: organisationCells(records, ruleSet, asOf) })),
    notes: [
      `任期将满：本届任期在${months}个月内届满；逾期未换届：任期已满。与“支部信息”页面的提醒一致。`,
      '设支部委员会：登记的支部委员不少于 3 人。“双带头人”占比 = 书记为双带头人的支部 ÷ 已配备书记的支部。',
    ],
  });
}
