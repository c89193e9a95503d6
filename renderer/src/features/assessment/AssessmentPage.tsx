import { Tabs } from 'antd';
import { useInstallation } from '../../core/installation/use-installation';
import { BranchAssessment } from './BranchAssessment';
import { FlagHistory } from './FlagHistory';
import { SchemeEditor } from './SchemeEditor';
import { ScoringSheet } from './ScoringSheet';

/** 考核: the branch's own 考核 screen, or the central office's scoring, 流动红旗 and scheme. */
export function AssessmentPage() {
  const { role } = useInstallation();
  if (role === 'branch') return <BranchAssessment />;
  return (
    <Tabs
      items={[
        { key: 'sheet', label: '评分与排名', children: <ScoringSheet /> },
        { key: 'flag', label: '流动红旗', children: <FlagHistory /> },
        { key: 'scheme', label: '考核方案', children: <SchemeEditor /> },
      ]}
    />
  );
}
