import { useMemo } from 'react';
import type { BranchRecord } from '../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../shared/members/member';
import { committeeIdsOf, talkCoverage, type TalkCoverage } from '../../../../shared/talks/talk-coverage';
import type { TalkRecord } from '../../../../shared/talks/talk';
import { useActiveRules } from '../../core/rules/active-rules';

/** A year's coverage: who is expected is judged today in the current year, on 31 December of a past one. */
export function useTalkCoverage(branch: BranchRecord | undefined, members: readonly MemberRecord[] | undefined, talks: readonly TalkRecord[] | undefined, year: number, today: string): TalkCoverage | undefined {
  const { ruleSet } = useActiveRules();
  return useMemo(() => {
    if (!branch || !members || !talks) return undefined;
    const yearEnd = `${year}-12-31`;
    return talkCoverage({ members, committeeIds: committeeIdsOf(branch), talks, year, rule: ruleSet.rules.meetings.heartToHeartTalk, asOf: today < yearEnd ? today : yearEnd });
  }, [branch, members, talks, year, today, ruleSet]);
}
