/**
 * Every statistics table for one scope: what the 统计报表 screens show, the office's
 * monthly 党建工作信息 workbook holds, and the year-end variant (the scope as of 12-31).
 */
import { periodPhase, rulePeriodsCovering } from '../meetings/compliance';
import { MEETING_TYPES } from '../meetings/meeting-types';
import { appraisalTable } from './appraisal-table';
import { developmentTable } from './development-table';
import { duesTable } from './dues-table';
import { meetingLifeTable } from './meeting-life-table';
import { memberCompositionTable } from './member-composition';
import { membershipChangesTable } from './membership-changes-table';
import { organisationTable } from './organisation-table';
import { judgedOn, type BranchStatRecords, type StatScope } from './stat-input';
import type { StatTable } from './stat-table';
import { studyTable } from './study-table';

export const STAT_TABLE_IDS = ['memberComposition', 'development', 'organisation', 'meetingLife', 'study', 'dues', 'membershipChanges', 'appraisal'] as const;
export type StatTableId = (typeof STAT_TABLE_IDS)[number];

const BUILDERS: Record<StatTableId, (branches: readonly BranchStatRecords[], scope: StatScope) => StatTable> = {
  memberComposition: (branches, scope) => memberCompositionTable(branches, scope.asOf),
  development: developmentTable,
  organisation: (branches, scope) => organisationTable(branches, scope.ruleSet, scope.asOf),
  meetingLife: meetingLifeTable,
  study: studyTable,
  dues: duesTable,
  membershipChanges: membershipChangesTable,
  appraisal: appraisalTable,
};

export function statTable(id: StatTableId, branches: readonly BranchStatRecords[], scope: StatScope): StatTable {
  return BUILDERS[id](branches, scope);
}

/** All tables, in the order the report prints them. */
export function allStatTables(branches: readonly BranchStatRecords[], scope: StatScope): StatTable[] {
  return STAT_TABLE_IDS.map((id) => statTable(id, branches, scope));
}

/**
 * What of `today` the tables of a scope depend on; two days with the same key give the same
 * tables. 发展党员, 学时 and 党费 read today only as the day a running period is judged on
 * (`judgedOn`: a past period's last day); 三会一课 only as whether each rule period it counts
 * has begun and is over (`periodPhase`: a period not over is not called missing); the others
 * not at all. So figures kept for last month stay good from one day to the next, until a
 * quarter or year that month lies in ends. A table reading today otherwise must be added here.
 */
export function todayDependence(scope: StatScope): string {
  const phases = MEETING_TYPES.map((type) =>
    rulePeriodsCovering(scope.ruleSet.rules.meetings[type], scope.period)
      .map(({ period }) => `${period.key}:${periodPhase(period, scope.today)}`)
      .join(','),
  );
  return `${judgedOn(scope)}|${phases.join(';')}`;
}
