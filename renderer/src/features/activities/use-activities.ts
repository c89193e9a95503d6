import { useLiveQuery } from 'dexie-react-hooks';
import type { ActivityRecord } from '../../../../shared/activities/activity';
import { activityRepository } from './data/activity-repository';

/** A branch's 党建+业务 activities, live; undefined while loading. */
export function useActivities(branchId: string | undefined): ActivityRecord[] | undefined {
  return useLiveQuery(() => (branchId ? activityRepository.listByBranch(branchId) : []), [branchId]);
}
