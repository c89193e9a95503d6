import { CheckOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Col, Empty, Row, Select, Skeleton, Space, Statistic, Tabs, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { formatFen, yuanAmount } from '../../../../shared/dues/dues-amount';
import { monthKey, QUARTER_LABELS, QUARTERS, type Quarter } from '../../../../shared/dues/months';
import type { QuarterTotals } from '../../../../shared/dues/remittance';
import { navigate, useRouteQuery } from '../../core/navigation/hash-route';
import { useToday } from '../../core/today';
import { useOwnBranch } from '../branch';
import { AlarmsPanel } from './AlarmsPanel';
import { BaseFormDrawer, type BaseTarget } from './BaseFormDrawer';
import { BasesTable } from './BasesTable';
import { duesPath } from '../../core/navigation/dues-routes';
import { EveryonePaidDialog } from './EveryonePaidDialog';
import { CELL_TONE_STYLE } from './ledger-cells';
import { LedgerGrid } from './LedgerGrid';
import { PaymentDialog, type PaymentTarget } from './PaymentDialog';
import { ReceiptListPrintPage } from './print/ReceiptListPrintPage';
import { RemittancePanel } from './RemittancePanel';
import { useDuesAlarms, useDuesLedger, useLedgerYear } from './use-dues';
import { useDuesExport } from './use-dues-export';

const TABS = ['ledger', 'bases', 'remittance', 'alarms'] as const;

function QuarterCards({ totals }: { totals: Record<Quarter, QuarterTotals> }) {
  return (
    <Row gutter={12} aria-label="季度合计">
      {QUARTERS.map((quarter) => {
        const total = totals[quarter];
        return (
          <Col span={6} key={quarter}>
            <Card size="small" title={QUARTER_LABELS[quarter]}>
              <Statistic title="实收 / 应收（元）" value={`${yuanAmount(total.paidFen)} / ${yuanAmount(total.dueFen)}`} valueStyle={{ fontSize: 18 }} />
              <span aria-label={`${QUARTER_LABELS[quarter]}合计`}>
                {total.members > 0 ? `交齐 ${total.membersPaidUp}/${total.members} 人` : '本季度无应交'}
                {total.outstandingFen > 0 && `，未收 ${formatFen(total.outstandingFen)}`}
              </span>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

/** 党费: the yearly ledger, bases, quarterly remittance and alarms; the receipt list by route. */
export function DuesPage() {
  const branch = useOwnBranch();
  const ledger = useDuesLedger();
  const alarms = useDuesAlarms(ledger);
  const today = useToday();
  const currentYear = Number(today.slice(0, 4));
  const currentMonthNumber = Number(today.slice(5, 7));
  const tabQuery = useRouteQuery('tab');
  const printYear = useRouteQuery('printYear');
  const printQuarter = useRouteQuery('printQuarter');
  const tab = TABS.find((name) => name === tabQuery) ?? 'ledger';
  const [year, setYear] = useState(currentYear);
  const [baseTarget, setBaseTarget] = useState<BaseTarget>();
  const [cell, setCell] = useState<PaymentTarget>();
  const [bulkOpen, setBulkOpen] = useState(false);

  const { rows, totals } = useLedgerYear(ledger, year);
  const years = useMemo(() => {
    const recorded = ledger ? [...ledger.records.bases, ...ledger.records.payments].map((record) => record.year) : [];
    return [...new Set([currentYear, ...recorded])].sort((a, b) => b - a);
  }, [ledger, currentYear]);
  const exporter = useDuesExport();

  if (!branch || !ledger || !alarms) return <Skeleton active />;
  if (printYear && printQuarter) {
    return <ReceiptListPrintPage branch={branch} ledger={ledger} year={Number(printYear)} quarter={Number(printQuarter) as Quarter} />;
  }

  const month = year === currentYear ? currentMonthNumber : 12;
  const currentMonth = monthKey(Number(today.slice(0, 4)), currentMonthNumber);
  const memberName = (memberId: string) => ledger.names.get(memberId) ?? '（已不在名册）';
  const red = alarms.filter((alarm) => alarm.severity === 'error').length;
  const rowIds = new Set(rows.map((row) => row.input.memberId));

  const toolbar = (
    <Space wrap>
      <Select aria-label="台账年度" value={year} onChange={setYear} options={years.map((value) => ({ value, label: `${value}年` }))} style={{ width: 100 }} />
      <Button type="primary" icon={<CheckOutlined />} disabled={ledger.inputs.length === 0} onClick={() => setBulkOpen(true)}>
        本月全部已交
      </Button>
      <Button icon={<DownloadOutlined />} loading={exporter.busy} disabled={rows.length === 0} onClick={() => void exporter.exportYear(branch.name, year, rows, totals, ledger.records.remittances)}>
        导出 Excel
      </Button>
    </Space>
  );

  const ledgerTab =
    rows.length === 0 ? (
      <Empty description="名册中还没有正式党员或预备党员。" />
    ) : (
      <Space direction="vertical" style={{ width: '100%' }}>
        {ledger.ledgerSince === null && (
          <Alert type="info" showIcon message="本软件中还没有登记党费基数和交纳（期初已交的月份除外）：请先在“党费基数”中为党员登记基数（可选择自几月起执行），再逐月登记交纳。" />
        )}
        <QuarterCards totals={totals} />
        <Space wrap>
          {(['paid', 'advance', 'due', 'partial', 'arrears', 'waived', 'elsewhere'] as const).map((tone) => (
            <Tag key={tone} color={CELL_TONE_STYLE[tone].background} style={{ color: CELL_TONE_STYLE[tone].color }}>
              {CELL_TONE_STYLE[tone].label}
            </Tag>
          ))}
          <span>“外出·…”为外出期间（党员 → 外出党员）登记的党费交纳方式。点击或用方向键选中单元格后按回车登记；金额单位：元。</span>
        </Space>
        <div className="dues-grid-scroll">
          <LedgerGrid year={year} rows={rows} currentMonth={currentMonth} onCell={(row, cellMonth) => setCell({ input: row.input, name: row.name, year, month: cellMonth })} />
        </div>
      </Space>
    );

  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(duesPath.tab(key === 'ledger' ? undefined : key))}
        tabBarExtraContent={toolbar}
        items={[
          { key: 'ledger', label: '收缴台账', children: ledgerTab },
          {
            key: 'bases',
            label: '党费基数',
            children: <BasesTable payers={ledger.payers.filter((member) => rowIds.has(member.id))} bases={ledger.records.bases} year={year} month={month} onEdit={setBaseTarget} />,
          },
          { key: 'remittance', label: '季度上缴', children: <RemittancePanel branchId={branch.id} year={year} totals={totals} remittances={ledger.records.remittances} /> },
          {
            key: 'alarms',
            label: (
              <Badge count={alarms.length} color={red > 0 ? 'red' : 'orange'} size="small" offset={[8, 0]}>
                提醒
              </Badge>
            ),
            children: <AlarmsPanel alarms={alarms} />,
          },
        ]}
      />
      <BaseFormDrawer target={baseTarget} branchId={branch.id} memberName={memberName} bases={ledger.records.bases} onClose={() => setBaseTarget(undefined)} />
      <PaymentDialog target={cell} branchId={branch.id} onClose={() => setCell(undefined)} />
      <EveryonePaidDialog
        open={bulkOpen}
        branchId={branch.id}
        year={year}
        initialMonth={month}
        inputs={ledger.inputs.filter((input) => input.owedThrough === null || input.owedThrough >= currentMonth)}
        names={ledger.names}
        onClose={() => setBulkOpen(false)}
      />
    </Card>
  );
}
