import type { BranchRecord } from '../branch/branch';
import type { FrequencyPeriod, MeetingRules } from '../rules/rule-types';
import { MEETING_TYPES, type MeetingType } from './meeting-types';
import { rulePeriodsOfYear, typeUnits, worstStatus, type ComplianceStatus, type MeetingCounts, type UnitCompliance } from './compliance';
import { parsePeriod, type Period } from './periods';
import { ruleValueAt } from '../rules/rule-history';

export interface GridCell {
  period: Period;
  /** The months (1–12) the cell spans: one for a monthly rule, three for quarterly, twelve for yearly. */
  months: number[];
  status: ComplianceStatus;
  /** Meetings counted for the cell, on time and late (all party groups together). */
  held: number;
  late: number;
  required: number;
}

export interface GridRow {
  type: MeetingType;
  /** The rule's period at the end of the year; a year whose rule changed mixes cells of both (see months). */
  per: FrequencyPeriod;
  cells: GridCell[];
}

function monthsOf(period: Period): number[] {
  const first = Number(period.start.slice(5, 7));
  const last = Number(period.end.slice(5, 7));
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

function cellOf(period: Period, units: readonly UnitCompliance[]): GridCell {
  return {
    period,
    months: monthsOf(period),
    status: worstStatus(units.map((unit) => unit.status)),
    held: units.reduce((total, unit) => total + unit.onTime + unit.late, 0),
    late: units.reduce((total, unit) => total + unit.late, 0),
    required: units.reduce((total, unit) => total + unit.required, 0),
  };
}

/**
 * The yearly 三会一课 table an inspector recognises: a row per meeting type, a cell per
 * rule period (month, quarter or the whole year), party groups folded into one cell.
 */
export function yearGrid(index: MeetingCounts, branch: BranchRecord, rules: MeetingRules, year: number, today: string): GridRow[] {
  const wholeYear = parsePeriod(String(year))!;
  return MEETING_TYPES.map((type) => {
    const units = typeUnits(index, branch, rules, type, wholeYear, today);
    const byPeriod = new Map<string, UnitCompliance[]>();
    for (const unit of units) byPeriod.set(unit.period.key, [...(byPeriod.get(unit.period.key) ?? []), unit]);
    const per = ruleValueAt(rules[type], wholeYear.end).per;
    // From the rule's periods, not the units: 党小组会 in a branch without groups has no units, and shows as not due.
    const cells = rulePeriodsOfYear(rules[type], year).map(({ period }) => cellOf(period, byPeriod.get(period.key) ?? []));
    return { type, per, cells };
  });
}
