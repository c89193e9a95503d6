import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { formatHours, SHARE_BANDS, type StudyLedger } from '../../../../shared/study/study-ledger';
import { EChart, type ChartOption } from '../../shell/EChart';

const MONTH_LABELS = Array.from({ length: 12 }, (_, index) => `${index + 1}月`);
const round1 = (value: number) => Math.round(value * 10) / 10;
const valueLabel = { show: true, position: 'top', formatter: ({ value }: { value: number }) => (value > 0 ? formatHours(value) : '') };

/** Branch hours by month, from notes and from meetings, stacked so the top is the month's total. */
function monthlyOption(ledger: StudyLedger): ChartOption {
  const { notesByMonth, meetingsByMonth } = ledger.summary;
  const totals = notesByMonth.map((notes, index) => notes + meetingsByMonth[index]!);
  return {
    title: { text: `${ledger.year}年支部学时（按月）`, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: ['学习笔记', '会议计入（含补课）'] },
    grid: { left: 40, right: 16, top: 64, bottom: 48 },
    xAxis: { type: 'category', data: MONTH_LABELS },
    yAxis: { type: 'value', name: '学时' },
    series: [
      { name: '学习笔记', type: 'bar', stack: 'hours', data: notesByMonth, color: '#5470c6' },
      { name: '会议计入（含补课）', type: 'bar', stack: 'hours', data: meetingsByMonth, color: '#91cc75' },
      // An invisible series carrying the month's total as its label, on top of the stack.
      { name: '合计', type: 'bar', barGap: '-100%', data: totals, itemStyle: { color: 'transparent' }, label: valueLabel, tooltip: { show: false }, silent: true, z: -1 },
    ],
  };
}

/** How many members stand in each band of their own target. */
function distributionOption(ledger: StudyLedger): ChartOption {
  return {
    title: { text: '党员学时完成情况', subtext: `按占本人全年目标的比例分组；人均 ${formatHours(round1(ledger.summary.averageHours))} 学时`, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 88, bottom: 32 },
    xAxis: { type: 'category', data: SHARE_BANDS.map((band) => band.label), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: '人数', minInterval: 1 },
    series: [
      {
        name: '人数',
        type: 'bar',
        data: ledger.summary.distribution.map((count, index) => ({ value: count, itemStyle: { color: index === SHARE_BANDS.length - 1 ? '#52c41a' : '#faad14' } })),
        label: { show: true, position: 'top' },
      },
    ],
  };
}

export function StudyCharts({ ledger }: { ledger: StudyLedger }) {
  const monthly = useMemo(() => monthlyOption(ledger), [ledger]);
  const distribution = useMemo(() => distributionOption(ledger), [ledger]);
  return (
    <Row gutter={16}>
      <Col span={14}>
        <Card size="small">
          <EChart option={monthly} label="按月学时图" />
        </Card>
      </Col>
      <Col span={10}>
        <Card size="small">
          <EChart option={distribution} label="学时完成情况分布图" />
        </Card>
      </Col>
    </Row>
  );
}
