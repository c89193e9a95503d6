import { Descriptions, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { branchDuesStanding, branchDuesSummary, type BranchDuesRecords } from '../../../../shared/dues/branch-dues';
import { formatFen } from '../../../../shared/dues/dues-amount';
import { QUARTER_LABELS, QUARTERS, type Quarter } from '../../../../shared/dues/months';
import type { QuarterTotals } from '../../../../shared/dues/remittance';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { orgLifeOf } from '../../../../shared/meetings/org-life';
import { useToday } from '../../core/today';
import { AlarmsPanel, RemittancePanel } from '../dues';
import { useActiveRules } from '../../core/rules/active-rules';

/** 党费 of one branch as its packages brought it: the year's quarters, who is in arrears, the 党章 alarms. */
export function BranchDuesTab({ branchId, records, meetings }: { branchId: string; records: BranchDuesRecords; meetings: readonly MeetingRecord[] }) {
  const { ruleSet } = useActiveRules();
  const today = useToday();
  const year = Number(today.slice(0, 4));
  const { standing, totals } = useMemo(() => {
    const rules = ruleSet.rules.dues;
    const quarters = Object.fromEntries(QUARTERS.map((quarter) => [quarter, branchDuesSummary(branchId, records, year, quarter, today, rules).totals])) as Record<Quarter, QuarterTotals>;
    return { standing: branchDuesStanding(branchId, records, orgLifeOf(meetings), today, rules), totals: quarters };
  }, [branchId, records, meetings, ruleSet, today, year]);
  const { summary } = standing;

  return (
    <section aria-label="支部党费">
      <Descriptions size="small" bordered column={4} title={`${summary.totals.year} 年${QUARTER_LABELS[summary.totals.quarter]}`}>
        <Descriptions.Item label="应收">{formatFen(summary.totals.dueFen)}</Descriptions.Item>
        <Descriptions.Item label="实收">{formatFen(summary.totals.paidFen)}</Descriptions.Item>
        <Descriptions.Item label="已上缴">{summary.remittedFen > 0 ? formatFen(summary.remittedFen) : '未上缴'}</Descriptions.Item>
        <Descriptions.Item label="上缴期限">{summary.remittance.dueDate}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {year} 年各季度
      </Typography.Title>
      <RemittancePanel branchId={branchId} year={year} totals={totals} remittances={records.remittances} readOnly />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        欠缴党费的党员（截至上月，共 {formatFen(summary.arrearsOutstandingFen)}）
      </Typography.Title>
      <Table
        size="small"
        rowKey="memberId"
        aria-label="欠缴党费的党员"
        pagination={false}
        dataSource={summary.arrears}
        locale={{ emptyText: '没有欠缴党费的党员' }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '欠缴月数', render: (_, owed) => `${owed.months} 个月` },
          { title: '欠缴金额', align: 'right', render: (_, owed) => formatFen(owed.outstandingFen) },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        党费与组织生活提醒
      </Typography.Title>
      <AlarmsPanel alarms={standing.alarms} />
    </section>
  );
}
