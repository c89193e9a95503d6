import { useLiveQuery } from 'dexie-react-hooks';
import type { TalkRecord } from '../../../../shared/talks/talk';
import { talkRepository } from './data/talk-repository';

/** The branch's 谈心谈话, live; undefined while loading. */
export function useTalks(branchId: string | undefined): TalkRecord[] | undefined {
  return useLiveQuery(() => (branchId ? talkRepository.listByBranch(branchId) : []), [branchId]);
}
