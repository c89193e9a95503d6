import { DEFAULT_WORKING_DAY_CALENDAR } from '../../../../shared/calendar/working-days';
import type { BranchRecord } from '../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../shared/members/member';
import { parsePeriod } from '../../../../shared/meetings/periods';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import type { BranchStatRecords, StatScope } from '../../../../shared/statistics/stat-input';
import { branchRecord } from '../support/meeting-fixture';

/** A branch's records for the statistics: nothing but what the test gives. */
export function records(members: MemberRecord[], patch: Partial<BranchStatRecords> = {}, branch: Partial<BranchRecord> = {}): BranchStatRecords {
  return {
    branch: branchRecord('2025-01-01', branch),
    members,
    meetings: [],
    notebooks: [],
    duesBases: [],
    duesPayments: [],
    duesRemittances: [],
    talks: [],
    ...patch,
  };
}

/** The scope of a period key ('2026-Q3'), stocks on `asOf` (the period's end by default), judged on `today`. */
export function scope(key: string, today = '2026-11-30', asOf?: string): StatScope {
  const period = parsePeriod(key)!;
  return { period, asOf: asOf ?? period.end, today, ruleSet: NATIONAL_RULE_SET, calendar: DEFAULT_WORKING_DAY_CALENDAR };
}
