import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import type { StatTable } from '../../../../shared/statistics/stat-table';
import { EChart, type ChartOption } from '../../shell/EChart';

/** The structure groups a person would rather see than read: one pie per merged header group. */
const PIE_GROUPS = ['年龄', '学历', '人员分类'] as const;

function pieOption(table: StatTable, group: string): ChartOption {
  const data = table.columns
    .filter((column) => column.group === group)
    .map((column) => ({ name: column.label, value: table.total.cells[column.key]!.value ?? 0 }))
    .filter((slice) => slice.value > 0);
  return {
    title: { text: `党员${group}结构`, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item', formatter: '{b}：{c} 人（{d}%）' },
    series: [{ name: group, type: 'pie', radius: ['28%', '52%'], top: 24, label: { formatter: '{b} {c}人', width: 80, overflow: 'break' }, data }],
  };
}

/** 党员队伍 structure pies, from the table's total row (the branches chosen). */
export function CompositionCharts({ table }: { table: StatTable }) {
  const options = useMemo(() => PIE_GROUPS.map((group) => ({ group, option: pieOption(table, group) })), [table]);
  return (
    <Row gutter={16}>
      {options.map(({ group, option }) => (
        <Col key={group} xs={24} lg={8}>
          <Card size="small">
            <EChart option={option} height={280} label={`党员${group}结构图`} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
