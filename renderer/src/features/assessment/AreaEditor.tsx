import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Space, Tooltip } from 'antd';
import { areaRemovalBlocker } from '../../../../shared/assessment/area-use';
import type { AssessmentScheme } from '../../../../shared/assessment/scheme-types';
import { newId } from '../../../../shared/records/base-record';

type Areas = AssessmentScheme['areas'];

/**
 * The 考核方案's areas (组织建设, 三会一课, …): renamed in place, added at the end, or removed
 * when nothing points at them (areaRemovalBlocker says why not otherwise). Everything here
 * changes the draft only: 放弃修改 brings a removed area back until the scheme is saved.
 */
export function AreaEditor({ scheme, onChange }: { scheme: Pick<AssessmentScheme, 'areas' | 'items' | 'tieBreaks'>; onChange: (areas: Areas) => void }) {
  const { areas } = scheme;
  const rename = (id: string, label: string) => onChange(areas.map((area) => (area.id === id ? { ...area, label } : area)));
  return (
    <Card size="small" title="考核类别">
      <Space wrap>
        {areas.map((area, index) => {
          const blocker = areaRemovalBlocker(scheme, area.id);
          return (
            <Space.Compact key={area.id} size="small">
              <Input aria-label={`第 ${index + 1} 个类别名称`} value={area.label} onChange={(event) => rename(area.id, event.target.value)} style={{ width: 130 }} />
              <Tooltip title={blocker ?? '删除这个类别'}>
                <Button aria-label={`删除类别“${area.label}”`} icon={<CloseOutlined />} disabled={blocker !== undefined} onClick={() => onChange(areas.filter((each) => each.id !== area.id))} />
              </Tooltip>
            </Space.Compact>
          );
        })}
        <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...areas, { id: newId(), label: '新类别' }])}>
          新增类别
        </Button>
      </Space>
    </Card>
  );
}
