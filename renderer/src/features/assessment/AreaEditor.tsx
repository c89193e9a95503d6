import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Space } from 'antd';
import type { AssessmentArea } from '../../../../shared/assessment/scheme-types';
import { newId } from '../../../../shared/records/base-record';

/**
 * The 考核方案's areas (组织建设, 三会一课, …): renamed in place, or added at the end. An area is
 * not removed here: one left without items is refused on save (validateAssessmentScheme), so the
 * office moves its items or renames it, and no item is ever left pointing at nothing.
 */
export function AreaEditor({ areas, onChange }: { areas: AssessmentArea[]; onChange: (areas: AssessmentArea[]) => void }) {
  const rename = (id: string, label: string) => onChange(areas.map((area) => (area.id === id ? { ...area, label } : area)));
  return (
    <Card size="small" title="考核类别">
      <Space wrap>
        {areas.map((area, index) => (
          <Input key={area.id} aria-label={`第 ${index + 1} 个类别名称`} size="small" value={area.label} onChange={(event) => rename(area.id, event.target.value)} style={{ width: 130 }} />
        ))}
        <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...areas, { id: newId(), label: '新类别' }])}>
          新增类别
        </Button>
      </Space>
    </Card>
  );
}
