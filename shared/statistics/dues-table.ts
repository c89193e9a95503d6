import { addDays } from '../dates';
import { duesLedgerStart, memberDuesInputs } from '../dues/branch-dues';
import { lastCompletedMonth, memberArrears } from '../dues/dues-arrears';
import { isOwedHere, ledgerMonth, monthRange } from '../dues/dues-ledger';
import { monthOfDate } from '../dues/months';
import { periodLabel } from '../meetings/periods';
import { within } from './member-facts';
import { judgedOn, type BranchStatRecords, type StatScope } from './stat-input';
import { amountCell, buildStatTable, countCell, countColumn, type StatCell, type StatColumn, type StatTable } from './stat-table';

const money = (key: string, label: string, refs: StatColumn['refs'], group = ''): StatColumn => ({ key, label, group, kind: 'money', refs });

/**
 * 党费收缴情况 for a period, a row per branch, after 《关于中国共产党党费收缴、使用和管理的
 * 规定》(2008): what the months of the period asked, what was paid for them, what is still
 * owed for them, what the branch handed over in the period, and who is in arrears on its
 * last day. Built from the same ledger months (ledgerMonth, from the ledger's start) as the
 * branch's 党费 page and the office's 各支部, so the quarter's figures are theirs. Money in 分.
 */
export const DUES_COLUMNS: readonly StatColumn[] = [
  countColumn('payers', '应交党员', 'member'),
  money('dueFen', '应交（元）', 'member', '本期党费'),
  money('paidFen', '实交（元）', 'member', '本期党费'),
  money('outstandingFen', '未交（元）', 'member', '本期党费'),
  money('remittedFen', '上缴（元）', 'remittance'),
  countColumn('inArrears', '欠交党员', 'member', '截至期末'),
  money('arrearsFen', '欠交金额（元）', 'member', '截至期末'),
];

function duesCells(records: BranchStatRecords, scope: StatScope): Record<string, StatCell> {
  const rules = scope.ruleSet.rules.dues;
  const since = duesLedgerStart(records.duesBases, records.duesPayments);
  const inputs = memberDuesInputs({ members: records.members, bases: records.duesBases, payments: records.duesPayments }, since);
  const months = monthRange(monthOfDate(scope.period.start)!, monthOfDate(scope.period.end)!);
  const payers: string[] = [];
  const paid: string[] = [];
  const unpaid: string[] = [];
  let dueFen = 0;
  let paidFen = 0;
  let outstandingFen = 0;
  for (const input of inputs) {
    const owed = months.map((key) => ledgerMonth(input, key, rules)).filter((line) => isOwedHere(line.status));
    if (owed.length === 0) continue;
    payers.push(input.memberId);
    const memberPaid = owed.reduce((sum, line) => sum + line.paidFen, 0);
    const memberOutstanding = owed.reduce((sum, line) => sum + line.outstandingFen, 0);
    dueFen += owed.reduce((sum, line) => sum + (line.dueFen ?? 0), 0);
    paidFen += memberPaid;
    outstandingFen += memberOutstanding;
    if (memberPaid > 0) paid.push(input.memberId);
    if (memberOutstanding > 0) unpaid.push(input.memberId);
  }
  const remittances = records.duesRemittances.filter((row) => !row.deleted && within(row.remittedOn, scope.period));
  const through = lastCompletedMonth(addDays(judgedOn(scope), 1));
  const arrears = since === null ? [] : inputs.map((input) => memberArrears(input, { since, through }, rules)).filter((owed) => owed.months.length > 0);
  return {
    payers: countCell(payers),
    dueFen: amountCell(dueFen, payers),
    paidFen: amountCell(paidFen, paid),
    outstandingFen: amountCell(outstandingFen, unpaid),
    remittedFen: amountCell(remittances.reduce((sum, row) => sum + row.amountFen, 0), remittances.map((row) => row.id)),
    inArrears: countCell(arrears.map((owed) => owed.memberId)),
    arrearsFen: amountCell(arrears.reduce((sum, owed) => sum + owed.outstandingFen, 0), arrears.map((owed) => owed.memberId)),
  };
}

export function duesTable(branches: readonly BranchStatRecords[], scope: StatScope): StatTable {
  return buildStatTable({
    id: 'dues',
    title: '党费收缴情况',
    basis: '《关于中国共产党党费收缴、使用和管理的规定》（2008）',
    periodLabel: periodLabel(scope.period),
    columns: DUES_COLUMNS,
    rows: branches.map((records) => ({ key: records.branch.id, label: records.branch.name, cells: duesCells(records, scope) })),
    notes: [
      '本期党费：统计期各月应交、实交和未交的金额（按月归属，预交的计入所属月份）；支部开始在本程序记账之前的月份不计。',
      '上缴：上缴日期在统计期内的上缴记录。欠交：截至统计期末（未结束的计至上月）已满月份中未交或未交足的。',
    ],
  });
}
