import { periodLabel } from '../meetings/periods';
import { ENDING_KINDS, ENDING_LABELS } from '../members/member';
import { ownTransfers } from '../members/roster-periods';
import { within } from './member-facts';
import type { BranchStatRecords, StatScope } from './stat-input';
import { buildStatTable, countCell, countColumn, type StatCell, type StatColumn, type StatTable } from './stat-table';

/**
 * 党员组织关系转接和出党情况 for a period, a row per branch: transfers in and out
 * (《中国共产党党员教育管理工作条例》2019 第二十五条) and the endings (《中国共产党章程》
 * 第九条: 停止党籍, 除名, 自行脱党, 退党; 《中国共产党纪律处分条例》: 开除党籍; 去世),
 * each dated in the period, counted as movementCounts (shared/members/roster-periods) counts
 * them: one per transfer or ending, so a member who left and came back is counted twice. Read
 * from the member records' lifecycle (转出/转入 and 院内调动 as transfers, with the old branch's
 * carried history left to it: ownTransfers; 出党 as the ending).
 */
export const MEMBERSHIP_CHANGES_COLUMNS: readonly StatColumn[] = [
  countColumn('transferIn', '转入', 'member', '组织关系转接'),
  countColumn('transferOut', '转出', 'member', '组织关系转接'),
  ...ENDING_KINDS.map((kind) => countColumn(kind, ENDING_LABELS[kind], 'member', '出党')),
];

function changeCells(records: BranchStatRecords, scope: StatScope): Record<string, StatCell> {
  const ids: Record<string, string[]> = Object.fromEntries(MEMBERSHIP_CHANGES_COLUMNS.map((column) => [column.key, []]));
  for (const member of records.members) {
    if (member.deleted) continue;
    for (const transfer of ownTransfers(member)) if (within(transfer.date, scope.period)) ids[transfer.direction === 'in' ? 'transferIn' : 'transferOut']!.push(member.id);
    if (member.ending && within(member.ending.date, scope.period)) ids[member.ending.kind]!.push(member.id);
  }
  return Object.fromEntries(Object.entries(ids).map(([key, list]) => [key, countCell(list)]));
}

export function membershipChangesTable(branches: readonly BranchStatRecords[], scope: StatScope): StatTable {
  return buildStatTable({
    id: 'membershipChanges',
    title: '党员组织关系转接和出党情况',
    basis: '《中国共产党党员教育管理工作条例》（2019）第二十五条；《中国共产党章程》第九条',
    periodLabel: periodLabel(scope.period),
    columns: MEMBERSHIP_CHANGES_COLUMNS,
    rows: branches.map((records) => ({ key: records.branch.id, label: records.branch.name, cells: changeCells(records, scope) })),
    notes: ['转入、转出：名册中登记的组织关系转接日期在统计期内的；出党：党员进出中登记的出党日期在统计期内的。'],
  });
}
