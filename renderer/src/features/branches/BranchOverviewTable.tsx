import { Button, Card, Space, Table, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { quarterOfDate } from '../../../../shared/dues/branch-dues';
import { yuanAmount } from '../../../../shared/dues/dues-amount';
import type { MemberActivityAlarm } from '../../../../shared/dues/dues-alarms';
import { QUARTER_LABELS } from '../../../../shared/dues/months';
import { useToday } from '../../core/today';
import { STATE_TAGS, STATUS_STYLE } from '../../shell/compliance-colors';
import { useActiveRules } from '../../core/rules/active-rules';
import type { BranchOverview } from './data/branches-repository';
import { branchesPath } from '../../core/navigation/branches-routes';
import { ExportReturnButton } from './ExportReturnButton';
import { navigate } from '../../core/navigation/hash-route';
import { FiguresProgress } from '../../shell/FiguresProgress';

function complianceCell(row: BranchOverview) {
  if (!row.compliance) return '尚未收到数据';
  const missing = row.compliance.types.reduce((sum, type) => sum + type.missing, 0);
  const late = row.compliance.types.reduce((sum, type) => sum + type.late, 0);
  const worst = row.compliance.types.map((type) => type.status);
  const status = worst.includes('missing') ? 'missing' : worst.includes('late') ? 'late' : worst.includes('pending') ? 'pending' : 'met';
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_STYLE[status].color}>{status === 'pending' ? '进行中' : STATUS_STYLE[status].label}</Tag>
      {missing > 0 && <span>未召开 {missing} 次</span>}
      {late > 0 && <span>补开 {late} 次</span>}
      {row.compliance.silent.silent && <Tag color="red">沉默支部</Tag>}
    </Space>
  );
}

/** What the branch recorded as handed over this quarter, or where the quarter's remittance stands. */
function remittedCell(row: BranchOverview) {
  const dues = row.dues!;
  if (dues.summary.remittedFen > 0 || dues.summary.remittance.state === 'remitted') return yuanAmount(dues.summary.remittedFen);
  const tag = STATE_TAGS[dues.summary.remittance.state];
  return (
    <Tooltip title={dues.summary.remittance.message}>
      <Tag color={tag.color}>{dues.summary.totals.members === 0 ? '无应交' : `未上缴·${tag.label}`}</Tag>
    </Tooltip>
  );
}

/** How many members are flagged, coloured when any, with the alarms' words on hover. */
function flaggedCell(alarms: readonly MemberActivityAlarm[], color: string) {
  if (alarms.length === 0) return '0';
  return (
    <Tooltip title={alarms.map((alarm) => <div key={alarm.memberId}>{alarm.message}</div>)}>
      <Tag color={color}>{alarms.length} 人</Tag>
    </Tooltip>
  );
}

/** Past this many branches (a city's health system: hundreds) only the rows in view are rendered. */
const VIRTUAL_FROM_ROWS = 30;
/** The columns' widths (px) in order: the table keeps them and scrolls sideways (a virtual table needs them; a short one would squeeze its headers into one character a line). */
const WIDTHS = { branch: 240, members: 60, meetings: 80, lastPackage: 130, lastImport: 170, missing: 150, compliance: 250, money: 90, remitted: 120, flagged: 110, clock: 90, actions: 170 };
/** Each width once, and once more for the second of 应收/实收 and of the two flagged columns. */
const TABLE_WIDTH = Object.values(WIDTHS).reduce((sum, width) => sum + width, 0) + WIDTHS.money + WIDTHS.flagged;

/** Every enrolled branch: latest package, last import, gaps, this year's compliance, this quarter's dues. */
export function BranchOverviewTable({ rows }: { rows: BranchOverview[] }) {
  const virtual = rows.length > VIRTUAL_FROM_ROWS;
  const { year, quarter } = quarterOfDate(useToday());
  const { ruleSet } = useActiveRules();
  const dues = (render: (row: BranchOverview) => ReactNode) => (_: unknown, row: BranchOverview) => (row.dues ? render(row) : row.duesMaking ? <span style={{ whiteSpace: 'nowrap' }}>计算中…</span> : '—');
  const duesMaking = rows.filter((row) => row.duesMaking).length;
  const card = (
    <Card title="各支部报送情况">
      <Table
        size="small"
        rowKey={(row) => row.peer.peerId}
        pagination={false}
        dataSource={rows}
        virtual={virtual}
        scroll={virtual ? { x: TABLE_WIDTH, y: 560 } : { x: TABLE_WIDTH }}
        locale={{ emptyText: '尚未登记任何支部：请先在“数据交换”中为支部制作登记文件。' }}
        columns={[
          // The columns keep their pixel widths, so a name longer than its column ends in … (the whole name on hover) instead of running under 党员.
          { title: '支部', width: WIDTHS.branch, ellipsis: true, render: (_, row) => row.branch?.name ?? row.peer.name },
          { title: '党员', width: WIDTHS.members, render: (_, row) => row.memberCount },
          { title: '会议记录', width: WIDTHS.meetings, render: (_, row) => row.meetingCount },
          {
            title: '最近报送包',
            width: WIDTHS.lastPackage,
            render: (_, row) => (row.lastImported ? `第 ${row.lastImported.seqFrom}–${row.lastImported.seqTo} 号` : '尚未收到'),
          },
          { title: '最近导入', width: WIDTHS.lastImport, render: (_, row) => (row.peer.lastImportAt ? new Date(row.peer.lastImportAt).toLocaleString('zh-CN') : '—') },
          {
            title: '缺失',
            width: WIDTHS.missing,
            render: (_, row) =>
              row.quarantined.length === 0 ? (
                '无'
              ) : (
                <Space direction="vertical" size={0}>
                  {row.quarantined.map((pkg) => (
                    <Tooltip key={pkg.packageId} title={`${pkg.fileName} 已暂存隔离，等待缺少的数据包`}>
                      <Tag color="red">缺第 {pkg.missingFrom === pkg.missingTo ? pkg.missingFrom : `${pkg.missingFrom}–${pkg.missingTo}`} 号变更</Tag>
                    </Tooltip>
                  ))}
                </Space>
              ),
          },
          { title: '本年三会一课', width: WIDTHS.compliance, render: (_, row) => complianceCell(row) },
          {
            title: `${year}年${QUARTER_LABELS[quarter]}党费（元）`,
            children: [
              { title: '应收', width: WIDTHS.money, align: 'right', render: dues((row) => yuanAmount(row.dues!.summary.totals.dueFen)) },
              { title: '实收', width: WIDTHS.money, align: 'right', render: dues((row) => yuanAmount(row.dues!.summary.totals.paidFen)) },
              { title: '已上缴', width: WIDTHS.remitted, align: 'right', render: dues(remittedCell) },
            ],
          },
          { title: `欠缴满${ruleSet.rules.dues.arrearsWarningMonths.value}个月`, width: WIDTHS.flagged, render: dues((row) => flaggedCell(row.dues!.inArrears, 'orange')) },
          { title: '红色警示', width: WIDTHS.flagged, render: dues((row) => flaggedCell(row.dues!.redAlarms, 'red')) },
          { title: '时钟', width: WIDTHS.clock, render: (_, row) => (row.peer.skewWarning ? <Tooltip title={row.peer.skewWarning}><Tag color="orange">时钟偏差</Tag></Tooltip> : '正常') },
          {
            title: '操作',
            width: WIDTHS.actions,
            // Kept in view while the row scrolls sideways: 查看 and 导出回执 are what this table is opened for.
            fixed: 'right',
            render: (_, row) => (
              <Space>
                <Button size="small" disabled={!row.branch} onClick={() => navigate(branchesPath.branch(row.peer.peerId))}>
                  查看
                </Button>
                <ExportReturnButton peer={row.peer} />
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
  // A new month's dues standings, made a few branches at a time: the table is shown meanwhile, their columns fill in as they come.
  if (duesMaking === 0) return card;
  return (
    <>
      <FiguresProgress pending={duesMaking} of={rows.filter((row) => row.branch).length} what="本月党费情况" note="每月第一次查看时根据各支部的党费记录计算一次，之后直接读取；其余各列已可查看。" />
      {card}
    </>
  );
}
