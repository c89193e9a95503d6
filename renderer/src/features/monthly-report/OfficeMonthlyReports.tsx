import { Button, Card, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { BranchRecord } from '../../../../shared/branch/branch';
import { addMonths } from '../../../../shared/dates';
import {
  monthLabel,
  REPORT_REVIEW_LABELS,
  REPORT_TIMELINESS_LABELS,
  reportDueOn,
  reportMonthBefore,
  reportOwed,
  reportReview,
  reportTimeliness,
  type MonthlyReportRecord,
} from '../../../../shared/statistics/monthly-report';
import { useToday } from '../../core/today';
import { useBranchFinder } from '../../shell/branch-finder';
import type { MonthlyReportBook } from './data/monthly-report-reads';
import { ReportReviewDrawer } from './ReportReviewDrawer';
import { REVIEW_COLORS, TIMELINESS_COLORS } from './report-tags';
import { useMonthlyReportBook, useReportDay } from './use-monthly-reports';

const MONTHS_SHOWN = 6;
const NO_BRANCHES: BranchRecord[] = [];
const branchName = (branch: BranchRecord) => branch.name;

function recentMonths(today: string): string[] {
  const last = `${reportMonthBefore(today)}-01`;
  return Array.from({ length: MONTHS_SHOWN }, (_, index) => addMonths(last, -index).slice(0, 7));
}

/** Each branch's sent report of each month, by `branchId|month`: looked up once per cell instead of searching every report. */
function sentReports(book: MonthlyReportBook): Map<string, MonthlyReportRecord> {
  const sent = new Map<string, MonthlyReportRecord>();
  for (const report of book.reports) {
    const key = `${report.branchId}|${report.month}`;
    // The first sent one, as a search in the stored order found it.
    if (report.submittedAt && !sent.has(key)) sent.set(key, report);
  }
  return sent;
}

/** The central office's view of the 组织生活月报: per branch and month, sent on time, late, not yet or overdue; each sent report read and returned. */
export function OfficeMonthlyReports() {
  const today = useToday();
  const reportDay = useReportDay();
  const book = useMonthlyReportBook();
  const [reading, setReading] = useState<{ report: MonthlyReportRecord; branchName: string } | null>(null);
  const sent = useMemo(() => book && sentReports(book), [book]);
  // Each row is six months of tags and a 查看 button: a page at a time (the size chosen), searchable by name.
  const finder = useBranchFinder('monthly-report.office', book?.branches ?? NO_BRANCHES, branchName);

  if (!book || !sent) return <Skeleton active />;
  const reportOf = (branchId: string, month: string) => sent.get(`${branchId}|${month}`);
  const months = recentMonths(today);
  const last = months[0]!;
  const counts = { onTime: 0, late: 0, notDue: 0, overdue: 0 };
  for (const branch of book.branches) if (reportOwed(last, branch.createdAt.slice(0, 10))) counts[reportTimeliness(reportOf(branch.id, last), last, reportDay, today)] += 1;

  function cell(branch: BranchRecord, month: string) {
    const report = reportOf(branch.id, month);
    // A month before the ledger began is owed on paper; one sent all the same is shown.
    if (!report && !reportOwed(month, branch.createdAt.slice(0, 10))) return <Typography.Text type="secondary">—</Typography.Text>;
    const timeliness = reportTimeliness(report, month, reportDay, today);
    const tag = <Tag color={TIMELINESS_COLORS[timeliness]}>{REPORT_TIMELINESS_LABELS[timeliness]}</Tag>;
    if (!report) return tag;
    const review = reportReview(report, book!.returns.get(report.id));
    return (
      <Space size={4} wrap>
        {tag}
        <Tag color={REVIEW_COLORS[review]}>{REPORT_REVIEW_LABELS[review]}</Tag>
        <Button size="small" type="link" aria-label={`查看${branch.name}${monthLabel(month)}月报`} onClick={() => setReading({ report, branchName: branch.name })}>
          查看
        </Button>
      </Space>
    );
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Typography.Text>
          {monthLabel(last)}组织生活月报（截止 {reportDueOn(last, reportDay)}）：按时报送 {counts.onTime} 个，逾期报送 {counts.late} 个，未报送 {counts.notDue} 个，逾期未报 {counts.overdue} 个。
        </Typography.Text>
        <br />
        <Typography.Text type="secondary">报送截止日为次月 {reportDay} 日（在“数据交换 → 规则集”中设置）；按首次提交的日期判定是否按时。“—”表示该支部当月尚未开始使用台账。</Typography.Text>
      </Card>
      <Table<BranchRecord>
        aria-label="各支部组织生活月报报送情况"
        size="small"
        bordered
        rowKey="id"
        title={finder.title}
        pagination={finder.pagination}
        scroll={{ x: true }}
        dataSource={finder.rows}
        locale={{ emptyText: '还没有导入任何支部的报送包。' }}
        columns={[
          { title: '支部', dataIndex: 'name', fixed: 'left', width: 160 },
          ...months.map((month) => ({ key: month, title: monthLabel(month), render: (_: unknown, branch: BranchRecord) => cell(branch, month) })),
        ]}
      />
      <ReportReviewDrawer reading={reading} onClose={() => setReading(null)} />
    </Space>
  );
}
