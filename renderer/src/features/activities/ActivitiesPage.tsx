import { Button, Card, InputNumber, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ActivityRecord } from '../../../../shared/activities/activity';
import { useToday } from '../../core/today';
import { useOwnBranch } from '../branch';
import { useMembers } from '../members';
import { ActivityEditor } from './ActivityEditor';
import { BrandCard } from './BrandCard';
import { ActivityList } from './ActivityList';
import { useActivities } from './use-activities';

/** 党建+业务 on a branch PC: the branch's 品牌 and the year's activities (结对共建, 志愿服务, 义诊 …), each with its people and photos; sent with the next report. */
export function ActivitiesPage() {
  const branch = useOwnBranch();
  const members = useMembers();
  const activities = useActivities(branch?.id);
  const today = useToday();
  const [year, setYear] = useState(() => Number(today.slice(0, 4)));
  const [editing, setEditing] = useState<ActivityRecord | 'new' | null>(null);
  const names = useMemo(() => new Map((members ?? []).map((member) => [member.id, member.name])), [members]);

  if (!branch || !activities) return <Skeleton active />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BrandCard branch={branch} />
      <Card
        title="党建+业务活动"
        extra={
          <Space>
            <InputNumber aria-label="年度" value={year} min={2000} max={2100} onChange={(value) => value && setYear(value)} addonAfter="年" style={{ width: 120 }} />
            <Button type="primary" onClick={() => setEditing('new')}>
              登记活动
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">结对共建、志愿服务、义诊、党员先锋岗/示范岗、书记党建查房、品牌活动等，登记后随报送包报院党委组织科。</Typography.Paragraph>
        <ActivityList activities={activities} year={year} names={names} onEdit={setEditing} />
        {editing && <ActivityEditor branchId={branch.id} editing={editing} onClose={() => setEditing(null)} />}
      </Card>
    </Space>
  );
}
