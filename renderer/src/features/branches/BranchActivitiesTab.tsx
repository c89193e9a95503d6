import { Skeleton, Space } from 'antd';
import type { BranchBrand } from '../../../../shared/activities/activity';
import { useToday } from '../../core/today';
import { ActivityList, BrandSummary, useActivities } from '../activities';

/** The branch's 品牌 and 党建+业务 activities of this year, as received in its packages (read-only). */
export function BranchActivitiesTab({ branchId, brand, names }: { branchId: string; brand: BranchBrand | undefined; names: ReadonlyMap<string, string> }) {
  const activities = useActivities(branchId);
  const year = Number(useToday().slice(0, 4));
  if (!activities) return <Skeleton active />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <BrandSummary brand={brand} />
      <ActivityList activities={activities} year={year} names={names} />
    </Space>
  );
}
