import { Descriptions, Empty, Table, Typography } from 'antd';
import type { ReportFigure, ReportMeetingLine } from '../../../../shared/statistics/monthly-report';

function sections(figures: readonly ReportFigure[]): [string, ReportFigure[]][] {
  const bySection = new Map<string, ReportFigure[]>();
  for (const figure of figures) {
    const list = bySection.get(figure.section);
    if (list) list.push(figure);
    else bySection.set(figure.section, [figure]);
  }
  return [...bySection];
}

/** The meetings of the month and the figures of the monthly tables, as the branch drafts and the office reads them. */
export function ReportContent({ figures, meetings }: { figures: readonly ReportFigure[]; meetings: readonly ReportMeetingLine[] }) {
  return (
    <>
      <Typography.Title level={5}>一、本月召开的会议</Typography.Title>
      {meetings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本月没有登记会议" />
      ) : (
        <Table<ReportMeetingLine>
          aria-label="本月召开的会议"
          size="small"
          pagination={false}
          rowKey="meetingId"
          dataSource={[...meetings]}
          columns={[
            { title: '日期', dataIndex: 'date', width: 110 },
            { title: '类型', dataIndex: 'typeLabel', width: 110 },
            { title: '会议名称', dataIndex: 'sessionName', render: (name: string, line) => (line.makesUpPeriod ? `${name}（补开 ${line.makesUpPeriod}）` : name) },
            { title: '应到', dataIndex: 'expected', width: 60, align: 'right' },
            { title: '实到', dataIndex: 'present', width: 60, align: 'right' },
            { title: '请假', dataIndex: 'leave', width: 60, align: 'right' },
            { title: '缺席', dataIndex: 'absent', width: 60, align: 'right' },
            { title: '已补课', dataIndex: 'makeUps', width: 70, align: 'right' },
            { title: '待补课', dataIndex: 'makeUpsOwed', width: 70, align: 'right' },
          ]}
        />
      )}
      <Typography.Title level={5}>二、本月各项数据</Typography.Title>
      {sections(figures).map(([section, list]) => (
        <Descriptions key={section} title={section} size="small" bordered column={{ xs: 1, sm: 2, md: 3, xl: 4 }} style={{ marginBottom: 12 }} items={list.map((figure) => ({ key: figure.label, label: figure.label, children: figure.value }))} />
      ))}
    </>
  );
}
