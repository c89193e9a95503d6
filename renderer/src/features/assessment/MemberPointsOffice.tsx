import { Empty, Select, Space } from 'antd';
import { useState } from 'react';
import { MemberPointsPanel } from './MemberPointsPanel';
import { useBranchList } from './use-assessment';

/** Central office: one branch's 党员积分, read from its report (nothing is written here). */
export function MemberPointsOffice() {
  const branches = useBranchList();
  const [branchId, setBranchId] = useState<string>();
  const chosen = branchId ?? branches?.[0]?.id;
  if (branches && branches.length === 0) return <Empty description="还没有支部的数据：导入支部报送包后即可查看党员积分。" />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Select aria-label="支部" value={chosen} onChange={setBranchId} options={(branches ?? []).map((branch) => ({ value: branch.id, label: branch.name }))} style={{ width: 240 }} />
      {chosen && <MemberPointsPanel key={chosen} branchId={chosen} editable={false} />}
    </Space>
  );
}
