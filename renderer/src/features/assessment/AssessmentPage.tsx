import { Tabs } from 'antd';
import { useState } from 'react';
import { useInstallation } from '../../core/installation/use-installation';
import { AppraisalOverview } from './AppraisalOverview';
import { AppraisalPanel } from './AppraisalPanel';
import { AwardsBranch } from './AwardsBranch';
import { AwardsOffice } from './AwardsOffice';
import { BranchAssessment } from './BranchAssessment';
import { FlagHistory } from './FlagHistory';
import { MemberPointsOffice } from './MemberPointsOffice';
import { MemberPointsPanel } from './MemberPointsPanel';
import { SchemeEditor } from './SchemeEditor';
import { ScoringSheet } from './ScoringSheet';

/** 考核: the branch's 考核, 积分, 民主评议 and 评先; or the central office's scoring, 流动红旗, 积分, 民主评议, 评先 and scheme. */
export function AssessmentPage() {
  const { role, ownerId } = useInstallation();
  const [tab, setTab] = useState('sheet');
  if (role === 'branch') {
    return (
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'sheet', label: '支部考核', children: <BranchAssessment /> },
          { key: 'points', label: '党员积分', children: <MemberPointsPanel branchId={ownerId} editable /> },
          { key: 'appraisal', label: '民主评议', children: <AppraisalPanel branchId={ownerId} /> },
          { key: 'awards', label: '评先评优', children: <AwardsBranch branchId={ownerId} /> },
        ]}
      />
    );
  }
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      items={[
        { key: 'sheet', label: '评分与排名', children: <ScoringSheet /> },
        { key: 'flag', label: '流动红旗', children: <FlagHistory /> },
        { key: 'points', label: '党员积分', children: <MemberPointsOffice /> },
        { key: 'appraisal', label: '民主评议', children: <AppraisalOverview /> },
        { key: 'awards', label: '评先评优', children: <AwardsOffice /> },
        { key: 'scheme', label: '考核方案', children: <SchemeEditor /> },
      ]}
    />
  );
}
