import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { assessmentSchemeOf } from '../../../../shared/assessment/scheme';
import type { AssessmentScheme } from '../../../../shared/assessment/scheme-types';
import { useRememberedLiveQuery } from '../../core/live/remembered-live-query';
import { useToday } from '../../core/today';
import { useActiveRules } from '../../core/rules/active-rules';
import { activityRepository } from './data/activity-repository';
import { appraisalRepository } from './data/appraisal-repository';
import { assessmentReads } from './data/assessment-reads';
import type { PeriodSheet } from './data/period-sheet';
import { awardRepository } from './data/award-repository';
import { reportRepository } from './data/report-repository';
import { resultRepository } from './data/result-repository';

/** The 考核方案 in force on this PC: published with the rule set in use, else the default. */
export function useAssessmentScheme(): AssessmentScheme {
  const { ruleSet } = useActiveRules();
  return useMemo(() => assessmentSchemeOf(ruleSet), [ruleSet]);
}

/** One branch's sheet for a period, live: its figures move as its records change. */
export function useBranchSheet(branchId: string, period: string) {
  const { ruleSet } = useActiveRules();
  const scheme = useAssessmentScheme();
  const today = useToday();
  return useLiveQuery(() => assessmentReads.branchSheet(branchId, scheme, ruleSet.rules, period, today), [branchId, scheme, ruleSet, period, today]);
}

/**
 * Central office: every branch's sheet for a period, ranked. While branches' figures are still
 * being made (`making`), the sheet is undefined: its rows would be partial, nothing is ranked,
 * published or exported from them.
 */
export function usePeriodSheet(period: string): { sheet?: PeriodSheet; making?: PeriodSheet['making'] } {
  const { ruleSet } = useActiveRules();
  const scheme = useAssessmentScheme();
  const today = useToday();
  // A later visit shows the last sheet of the same period at once (and is not rendered again when the read finds it unchanged).
  const read = useRememberedLiveQuery(`assessment.periodSheet.${period}`, () => assessmentReads.periodSheet(scheme, ruleSet.rules, period, today), [scheme, ruleSet, period, today]);
  return read?.making ? { making: read.making } : { ...(read ? { sheet: read } : {}) };
}

export function useReport(branchId: string, period: string) {
  return useLiveQuery(() => reportRepository.find(branchId, period), [branchId, period]);
}

export function useFlagHistory() {
  return useLiveQuery(() => resultRepository.flagHistory(), []);
}

/** A branch's 党员积分 for a year, ranked, live. */
export function useMemberPoints(branchId: string, year: number) {
  const { ruleSet } = useActiveRules();
  const scheme = useAssessmentScheme();
  const today = useToday();
  return useLiveQuery(() => assessmentReads.memberPoints(branchId, scheme, ruleSet.rules, year, today), [branchId, scheme, ruleSet, year, today]);
}

export function useActivities(branchId: string) {
  return useLiveQuery(() => activityRepository.listByBranch(branchId), [branchId]);
}

/** A branch's 民主评议 record of a year; null once loaded and none exists. */
export function useAppraisal(branchId: string, year: number) {
  return useLiveQuery(async () => (await appraisalRepository.find(branchId, year)) ?? null, [branchId, year]);
}

export function useAppraisalsOfYear(year: number) {
  return useLiveQuery(() => appraisalRepository.listYear(year), [year]);
}

export function useAwards(year: number) {
  return useLiveQuery(() => awardRepository.listYear(year), [year]);
}

export function useBranchList() {
  return useLiveQuery(() => assessmentReads.branches(), []);
}
