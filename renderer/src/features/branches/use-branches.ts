import { useLiveQuery } from 'dexie-react-hooks';
import { useRememberedLiveQuery } from '../../core/live/remembered-live-query';
import { useToday } from '../../core/today';
import { useActiveRules } from '../../core/rules/active-rules';
import { branchesRepository, type BranchOverview } from './data/branches-repository';

/** Every enrolled branch with its latest package and this year's compliance, live; on a later visit the last overview shows at once. */
export function useBranchOverview(): BranchOverview[] | undefined {
  const { ruleSet } = useActiveRules();
  const today = useToday();
  return useRememberedLiveQuery('branches.overview', () => branchesRepository.overview(ruleSet.rules, today), [ruleSet, today]);
}

/** One branch's records, read-only, live. */
export function useBranchRecords(branchId: string) {
  return useLiveQuery(async () => {
    const [branch, members, meetings, reviews] = await Promise.all([
      branchesRepository.branch(branchId),
      branchesRepository.members(branchId),
      branchesRepository.meetings(branchId),
      branchesRepository.reviews(branchId),
    ]);
    const dues = await branchesRepository.dues(branchId, members);
    return { branch, members, meetings, dues, reviews: new Map(reviews.map((review) => [review.id, review])) };
  }, [branchId]);
}
