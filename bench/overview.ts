import type { BranchRecord } from '../shared/branch/branch';
import type { MemberRecord } from '../shared/members/member';
import { branchOwedMakeUps } from '../shared/meetings/attendance';
import { branchCompliance, indexMeetings, worstStatus, type ComplianceStatus, type MeetingCounts } from '../shared/meetings/compliance';
import type { MeetingRecord } from '../shared/meetings/meeting-types';
import { countMeetingFacts, owedMakeUpsOfFacts, type BranchMeetingFacts } from '../shared/meetings/meeting-facts';
import { inactiveMembers, inactiveMembersOf } from '../shared/meetings/org-life';
import { parsePeriod } from '../shared/meetings/periods';
import { yearGrid } from '../shared/meetings/year-grid';
import type { RuleSet } from '../shared/rules/rule-set';

export interface BranchInput {
  branch: BranchRecord;
  members: readonly MemberRecord[];
  meetings: readonly MeetingRecord[];
}

/** 三会一课 compliance of every branch for a year: what a central office's list asks first. */
export function complianceOfAll(branches: readonly BranchInput[], ruleSet: RuleSet, year: number, today: string): ComplianceStatus[] {
  const period = parsePeriod(String(year))!;
  const rules = ruleSet.rules.meetings;
  return branches.map(({ branch, meetings }) => {
    const result = branchCompliance({ branch, meetings, rules, period, today });
    return worstStatus(result.types.map((type) => type.status));
  });
}

export interface OverviewRow {
  branchId: string;
  status: ComplianceStatus;
  missing: number;
  attendanceRate: number | null;
  silent: boolean;
  gridCells: number;
  owedMakeUpPeople: number;
  inactiveMembers: number;
}

/** One branch's row from its counts, owed make-ups and inactive members, however they were made. */
function overviewRow(branch: BranchRecord, index: MeetingCounts, ruleSet: RuleSet, year: number, today: string, owedMakeUpPeople: number, inactive: number): OverviewRow {
  const rules = ruleSet.rules.meetings;
  const compliance = branchCompliance({ branch, rules, period: parsePeriod(String(year))!, today, index });
  const grid = yearGrid(index, branch, rules, year, today);
  return {
    branchId: branch.id,
    status: worstStatus(compliance.types.map((type) => type.status)),
    missing: compliance.types.reduce((sum, type) => sum + type.missing, 0),
    attendanceRate: compliance.attendanceRate,
    silent: compliance.silent.silent,
    gridCells: grid.reduce((sum, row) => sum + row.cells.length, 0),
    owedMakeUpPeople,
    inactiveMembers: inactive,
  };
}

/**
 * A central office's branch overview: per branch the year's compliance, its yearly grid,
 * make-ups still owed and members without organisational life for six months, all from
 * the shared/ functions the screens use, over every branch's records in memory: what
 * making every branch's kept counts at once costs (the 各支部 screen reads those).
 */
export function overviewOfAll(branches: readonly BranchInput[], ruleSet: RuleSet, year: number, today: string): OverviewRow[] {
  const inactiveMonths = ruleSet.rules.dues.arrearsAlarmMonths.value;
  return branches.map(({ branch, members, meetings }) =>
    overviewRow(branch, indexMeetings(meetings), ruleSet, year, today, branchOwedMakeUps(meetings).people, inactiveMembers(members, meetings, today, inactiveMonths).length),
  );
}

export interface BranchFactsInput {
  branch: BranchRecord;
  members: readonly MemberRecord[];
  facts: BranchMeetingFacts;
}

/**
 * overviewOfAll from each branch's kept meeting facts instead of its meetings: what the central
 * office's recount reads (db/branch-counts.ts). The same rows (overview-equivalence.test.ts
 * checks the counts, organisational life and owed make-ups it is made of).
 */
export function overviewOfFacts(branches: readonly BranchFactsInput[], ruleSet: RuleSet, year: number, today: string): OverviewRow[] {
  const inactiveMonths = ruleSet.rules.dues.arrearsAlarmMonths.value;
  return branches.map(({ branch, members, facts }) => {
    const { counts, orgLife } = countMeetingFacts(facts);
    return overviewRow(branch, counts, ruleSet, year, today, owedMakeUpsOfFacts(facts).people, inactiveMembersOf(members, orgLife, today, inactiveMonths).length);
  });
}
