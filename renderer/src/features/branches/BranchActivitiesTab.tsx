import { Skeleton } from 'antd';
import { useToday } from '../../core/today';
import { ActivityList, useActivities } from '../activities';

/** The branch's 党建+业务 activities of this year, as received in its packages (read-only). */
export function BranchActivitiesTab({ branchId, names }: { branchId: string; names: ReadonlyMap<string, string> }) {
  const activities = useActivities(branchId);
  const year = Number(useToday().slice(0, 4));
  return activities ? <ActivityList activities={activities} year={year} names={names} /> : <Skeleton active />;
}
