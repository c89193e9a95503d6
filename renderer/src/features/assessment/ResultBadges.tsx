import { FlagFilled } from '@ant-design/icons';
import { Space, Tag } from 'antd';
import type { PublishedResult } from '../../../../shared/assessment/assessment-records';
import { starsText } from '../../../../shared/assessment/ranking';

/** 第 2 名 / 共 12 个支部, 流动红旗, ★★★ — a published result in a line. */
export function ResultBadges({ result }: { result: PublishedResult }) {
  return (
    <Space wrap>
      <Tag color="blue">
        得分 {result.total} / {result.maxTotal}
      </Tag>
      <Tag color="geekblue">
        第 {result.rank} 名 / 共 {result.of} 个支部
      </Tag>
      {result.flag && (
        <Tag color="red" icon={<FlagFilled />}>
          流动红旗
        </Tag>
      )}
      {result.stars !== null && <Tag color="gold">{starsText(result.stars)}</Tag>}
      {result.vetoed && <Tag color="volcano">一票否决</Tag>}
    </Space>
  );
}
