import { FlagFilled } from '@ant-design/icons';
import { Empty, Table, Tag } from 'antd';
import { assessmentPeriodLabel } from '../../../../shared/assessment/points';
import { useFlagHistory } from './use-assessment';

/** 流动红旗 history: who held it each quarter, newest first, and from whom it moved. */
export function FlagHistory() {
  const history = useFlagHistory();
  if (history && history.length === 0) return <Empty description="还没有颁授过流动红旗：在“评分与排名”中发布季度排名后颁授。" />;
  const names = (ids: readonly string[], names: Map<string, string>) => ids.map((id) => names.get(id) ?? id).join('、');
  return (
    <Table
      rowKey="periodKey"
      size="small"
      pagination={false}
      loading={!history}
      dataSource={history ?? []}
      columns={[
        { title: '季度', key: 'period', render: (_, move) => assessmentPeriodLabel(move.periodKey) },
        {
          title: '流动红旗',
          key: 'holders',
          render: (_, move) => move.holders.map((id) => (
            <Tag key={id} color="red" icon={<FlagFilled />}>
              {move.names.get(id) ?? id}
            </Tag>
          )),
        },
        {
          title: '流动情况',
          key: 'moved',
          render: (_, move) =>
            [move.kept.length ? `${names(move.kept, move.names)}保持` : '', move.gained.length && move.lost.length ? `由${names(move.lost, move.names)}流动至${names(move.gained, move.names)}` : move.gained.length ? `${names(move.gained, move.names)}首次获得` : '']
              .filter(Boolean)
              .join('；'),
        },
      ]}
    />
  );
}
