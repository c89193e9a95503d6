import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_DAY_CALENDAR } from '../../../../shared/calendar/working-days';
import { branchDuesSummary } from '../../../../shared/dues/branch-dues';
import { branchCompliance, indexMeetings } from '../../../../shared/meetings/compliance';
import { parsePeriod, type Period } from '../../../../shared/meetings/periods';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import type { BranchStatRecords, StatScope } from '../../../../shared/statistics/stat-input';
import type { StatTable } from '../../../../shared/statistics/stat-table';
import { allStatTables, statTable } from '../../../../shared/statistics/statistics';
import { studyLedger } from '../../../../shared/study/study-ledger';
import { withTalkCounts } from '../../../../shared/talks/talk-counts';
import { DEFAULT_TODAY, generateDataset, SCALES, statRecordsOf } from '../../../support/generator';
import { talk } from '../assessment/assessment-fixture';

function scopeOf(period: Period): StatScope {
  return { period, asOf: period.end < DEFAULT_TODAY ? period.end : DEFAULT_TODAY, today: DEFAULT_TODAY, ruleSet: NATIONAL_RULE_SET, calendar: DEFAULT_WORKING_DAY_CALENDAR };
}

/** The total row against the branch rows: sums for counts, hours and money; ratios from the totals. */
function expectTotalIsSumOfRows(table: StatTable): void {
  for (const column of table.columns) {
    const total = table.total.cells[column.key]!;
    if (column.pendingSource) {
      expect(total.value, `${table.id}.${column.key}`).toBeNull();
      continue;
    }
    if (column.kind === 'ratio') {
      const numerator = table.total.cells[column.ratio!.numerator]!.value!;
      const denominator = table.total.cells[column.ratio!.denominator]!.value!;
      expect(total.value, `${table.id}.${column.key}`).toBe(denominator === 0 ? null : numerator / denominator);
      continue;
    }
    const sum = table.rows.reduce((acc, row) => acc + row.cells[column.key]!.value!, 0);
    expect(total.value, `${table.id}.${column.key}`).toBe(sum);
    expect(total.ids.length, `${table.id}.${column.key} ids`).toBe(table.rows.reduce((acc, row) => acc + row.cells[column.key]!.ids.length, 0));
  }
}

describe("statistics over the generator's hospital (150 branches, 3,000 people, five years)", { timeout: 240_000 }, () => {
  let branches: BranchStatRecords[];
  const made = new Map<string, StatTable[]>();
  const tablesOf = (key: string) => made.get(key) ?? made.set(key, allStatTables(branches, scopeOf(parsePeriod(key)!))).get(key)!;
  beforeAll(() => {
    // 谈心谈话 as talk records in two branches of three (a 函询 in the second: not counted); the generator's meetings of that type stay (legacy).
    branches = generateDataset(SCALES.hospital)
      .map(statRecordsOf)
      .map((records, index) => {
        const [talker, member] = records.members;
        if (index % 3 === 2 || !talker || !member) return records;
        return { ...records, talks: [talk(`talk-${index}`, '2026-05-10', index % 3 === 0 ? 'heartToHeart' : 'inquiry', [talker.id], [member.id])] };
      });
  }, 240_000);

  it.each(['2026', '2026-11', '2025-Q4'])('every table of %s: the total row is the sum of the branch rows', (key) => {
    const tables = tablesOf(key);
    expect(tables).toHaveLength(8);
    for (const table of tables) {
      expect(table.rows).toHaveLength(150);
      expectTotalIsSumOfRows(table);
    }
    const [composition] = tables;
    // Something to add up: the generator's hospital has its members, women among them.
    expect(composition!.total.cells.total!.value).toBeGreaterThan(2000);
    expect(composition!.total.cells.female!.value).toBeGreaterThan(0);
  });

  it('counts each member in exactly one band of each kind, and a count cell lists exactly its people', () => {
    const [composition] = tablesOf('2026');
    const groups = new Map<string, number>();
    for (const column of composition!.columns) {
      if (column.group === '其中' || column.group === '') continue;
      groups.set(column.group, (groups.get(column.group) ?? 0) + composition!.total.cells[column.key]!.value!);
    }
    const total = composition!.total.cells.total!.value!;
    const probationary = composition!.total.cells.probationary!.value!;
    expect(groups.get('年龄')).toBe(total);
    expect(groups.get('学历')).toBe(total);
    expect(groups.get('人员分类')).toBe(total);
    expect(groups.get('党龄（正式党员）')).toBe(total - probationary);
    for (const row of composition!.rows) for (const cell of Object.values(row.cells)) expect(cell.ids).toHaveLength(cell.value!);
  });

  it('gives each branch the figures its own screens show: 三会一课 compliance, 学时台账, the quarter of 党费', () => {
    const scope = scopeOf(parsePeriod('2026-Q3')!);
    const tables = allStatTables(branches.slice(0, 12), scope);
    const byId = new Map(tables.map((table) => [table.id, table]));
    for (const [index, records] of branches.slice(0, 12).entries()) {
      // As 三会一课's yearly grid counts them: 谈心谈话 from the talk records, legacy meetings where there are none.
      const counted = withTalkCounts(indexMeetings(records.meetings), records.talks);
      const compliance = branchCompliance({ branch: records.branch, index: counted, rules: NATIONAL_RULE_SET.rules.meetings, period: scope.period, today: DEFAULT_TODAY });
      const life = byId.get('meetingLife')!.rows[index]!.cells;
      for (const type of compliance.types) {
        expect([life[`${type.type}.due`]!.value, life[`${type.type}.onTime`]!.value, life[`${type.type}.late`]!.value, life[`${type.type}.missing`]!.value]).toEqual([type.required, type.onTime, type.late, type.missing]);
      }
      expect(life.attendanceRate!.value).toBe(compliance.attendanceRate);
      expect(life.held!.value).toBe(compliance.meetingsHeld);

      const ledger = studyLedger({ branch: records.branch, members: records.members, notebooks: records.notebooks, meetings: records.meetings, year: 2026, today: scope.period.end, rules: NATIONAL_RULE_SET.rules });
      const study = byId.get('study')!.rows[index]!.cells;
      expect(study.hours!.value).toBe(ledger.summary.totalHours);
      expect(study.people!.value).toBe(ledger.rows.length);

      const summary = branchDuesSummary(records.branch.id, { members: records.members, bases: records.duesBases, payments: records.duesPayments, remittances: records.duesRemittances }, 2026, 3, DEFAULT_TODAY, NATIONAL_RULE_SET.rules.dues);
      const dues = byId.get('dues')!.rows[index]!.cells;
      expect([dues.dueFen!.value, dues.paidFen!.value, dues.outstandingFen!.value, dues.payers!.value]).toEqual([summary.totals.dueFen, summary.totals.paidFen, summary.totals.outstandingFen, summary.totals.members]);
    }
  });

  it('takes a meeting index made earlier (of every meeting, talks counted in or not) instead of the meetings, with the same figures', () => {
    const some = branches.slice(0, 6);
    const indexed = some.map((records, index) => ({ ...records, meetingIndex: index % 2 ? indexMeetings(records.meetings) : withTalkCounts(indexMeetings(records.meetings), records.talks) }));
    for (const key of ['2026', '2026-Q3', '2025-11', '2024-H2']) {
      const scope = scopeOf(parsePeriod(key)!);
      expect(statTable('meetingLife', indexed, scope), key).toEqual(statTable('meetingLife', some, scope));
    }
  });
});
