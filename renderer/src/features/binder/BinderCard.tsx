import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { BINDER_SECTIONS } from '../../../../shared/binder/binder-outline';
import { useToday } from '../../core/today';

/** 生成年度台账: the year to bind (this year or the four before), then the binder view. */
export function BinderCard({ onOpen, size = 'middle' }: { onOpen: (year: number) => void; size?: 'small' | 'middle' }) {
  const thisYear = Number(useToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  return (
    <Space wrap size={size}>
      <Select aria-label="台账年度" value={year} onChange={setYear} options={Array.from({ length: 5 }, (_, back) => ({ value: thisYear - back, label: `${thisYear - back}年` }))} style={{ width: 100 }} />
      <Button icon={<FilePdfOutlined />} onClick={() => onOpen(year)}>
        生成年度台账
      </Button>
      {size === 'middle' && (
        <Typography.Text type="secondary">
          一份 A4 PDF：封面、目录和页码，{BINDER_SECTIONS.map((section) => section.title).join('、')}。
        </Typography.Text>
      )}
    </Space>
  );
}
