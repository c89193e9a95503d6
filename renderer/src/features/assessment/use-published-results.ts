import { useLiveQuery } from 'dexie-react-hooks';
import { resultRepository } from './data/result-repository';

/** A branch's published results, newest period first: what the 回执 brought back. */
export function usePublishedResults(branchId: string) {
  return useLiveQuery(async () => (await resultRepository.listByBranch(branchId)).filter((row) => row.published).sort((a, b) => (a.period < b.period ? 1 : -1)), [branchId]);
}
