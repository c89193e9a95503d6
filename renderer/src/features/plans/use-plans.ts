import { useMemo } from 'react';
import { planDueOn, PLAN_KINDS, type PlanKind } from '../../../../shared/plans/plan';
import { useRememberedLiveQuery } from '../../core/live/remembered-live-query';
import { useActiveRules } from '../../core/rules/active-rules';
import { planReads, type PlanBook } from './data/plan-reads';

/** Every plan, reading and published 考核 result on this PC, live: an import or a 报送 shows at once; a later visit shows the last book at once. */
export function usePlanBook(): PlanBook | undefined {
  return useRememberedLiveQuery('plans.book', () => planReads.book(), []);
}

/** The day each of a year's documents is due, from the rule set in use (the office sets them). */
export function usePlanDueDates(year: number): Record<PlanKind, string> {
  const meetings = useActiveRules().ruleSet.rules.meetings;
  return useMemo(() => Object.fromEntries(PLAN_KINDS.map((kind) => [kind, planDueOn(kind, year, meetings)])) as Record<PlanKind, string>, [meetings, year]);
}

/** The years offered: next year (planned in December), this year and the two before. */
export function planYears(today: string): number[] {
  const current = Number(today.slice(0, 4));
  return [current + 1, current, current - 1, current - 2];
}
