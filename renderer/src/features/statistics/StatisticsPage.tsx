import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Segmented, Select, Skeleton, Space, Tabs, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { periodLabel } from '../../../../shared/meetings/periods';
import { STAT_TABLE_IDS, type StatTableId } from '../../../../shared/statistics/statistics';
import { formatStatValue, type StatColumn, type StatRow, type StatTable } from '../../../../shared/statistics/stat-table';
import { useInstallation } from '../../core/installation/use-installation';
import { DEFAULT_OPERATOR_NAME, preferencesRepository } from '../../core/preferences/preferences-repository';
import { useToday } from '../../core/today';
import { getPlatform } from '../../platform';
import { useBusyAction } from '../../shell/use-busy-action';
import { CompositionCharts } from './CompositionCharts';
import { statWorkbook, type ReportSigning } from './excel/stat-workbook';
import { StatPrintView } from './print/StatPrintView';
import { asOfFor, defaultPeriodKey, PERIOD_KIND_LABELS, periodChoices, periodFromKey, type PeriodKind } from './stat-scope';
import { StatTableView } from './StatTableView';
import { TraceDrawer, type TraceRequest } from './TraceDrawer';
import { statisticsRepository } from './data/statistics-repository';
import { createTraceLookup } from './trace-rows';
import { chosenRows, useStatBranches, useStatScope, useStatTable } from './use-statistics';

const TABLE_LABELS: Record<StatTableId, string> = {
  memberComposition: '党员队伍',
  development: '发展党员',
  organisation: '组织设置',
  meetingLife: '三会一课',
  study: '学习学时',
  dues: '党费',
  membershipChanges: '转接与出党',
  appraisal: '民主评议',
};

/** 统计报表: the tables of shared/statistics for a period, a row per branch (one on a branch PC), to screen, Excel and A4. */
export function StatisticsPage() {
  const installation = useInstallation();
  const today = useToday();
  const branches = useStatBranches();
  const operator = useLiveQuery(() => preferencesRepository.findOperatorName(), []);
  const [kind, setKind] = useState<PeriodKind>('month');
  const [periodKey, setPeriodKey] = useState(() => defaultPeriodKey(today));
  const [tableId, setTableId] = useState<StatTableId>('memberComposition');
  const [branchIds, setBranchIds] = useState<string[]>([]);
  const [trace, setTrace] = useState<TraceRequest | null>(null);
  const [printing, setPrinting] = useState<StatTable[] | null>(null);
  const exporting = useBusyAction();

  const period = useMemo(() => periodFromKey(periodKey), [periodKey]);
  const scope = useStatScope(period, asOfFor(period, today));
  const table = useStatTable(tableId, scope, branchIds);
  const firstYear = useMemo(() => Math.min(Number(today.slice(0, 4)), ...(branches ?? []).map((branch) => Number(branch.createdAt.slice(0, 4)) - 5)), [branches, today]);
  const signing: ReportSigning = { unit: installation.name, filledBy: operator ?? DEFAULT_OPERATOR_NAME, filledOn: today };
  const central = installation.role === 'central';

  if (!branches) return <Skeleton active />;
  if (branches.length === 0) {
    return <Empty description={central ? '还没有导入任何支部的报送包，导入后即可统计。' : '请先在“支部信息”中填写支部。'} />;
  }

  const chosenTables = async () => (await statisticsRepository.tables(scope)).map((each) => chosenRows(each, branchIds));
  const reportTitle = `${periodLabel(period)}党建工作信息`;

  function exportExcel(tables: StatTable[] | Promise<StatTable[]>, fileTitle: string) {
    void exporting.run(async () => {
      const bytes = await statWorkbook(await tables, signing);
      const saved = await getPlatform().saveFile(`${signing.unit}${fileTitle}_${today}.xlsx`, bytes, { title: '导出统计报表' });
      return saved ? `已保存到 ${saved.location}` : undefined;
    });
  }

  async function openTrace(row: StatRow, column: StatColumn) {
    const cell = row.cells[column.key]!;
    // Only the records the number names are read, not every branch's.
    const lookup = createTraceLookup(await statisticsRepository.traceSource(column.refs, cell.ids));
    setTrace({
      title: `${row.label} · ${column.group ? `${column.group} · ` : ''}${column.label}`,
      shown: formatStatValue(column, cell.value),
      list: lookup(column.refs, cell.ids),
    });
  }

  if (printing) return <StatPrintView title={printing.length > 1 ? reportTitle : printing[0]!.title} tables={printing} signing={signing} onBack={() => setPrinting(null)} />;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          <Segmented<PeriodKind>
            aria-label="统计期类型"
            value={kind}
            options={(Object.keys(PERIOD_KIND_LABELS) as PeriodKind[]).map((value) => ({ value, label: `按${PERIOD_KIND_LABELS[value]}` }))}
            onChange={(value) => {
              setKind(value);
              setPeriodKey(value === 'month' ? defaultPeriodKey(today) : periodChoices(value, today, firstYear)[0]!.key);
            }}
          />
          <Select
            aria-label="统计期"
            style={{ width: 180 }}
            value={periodKey}
            onChange={setPeriodKey}
            options={periodChoices(kind, today, firstYear).map((choice) => ({ value: choice.key, label: periodLabel(choice) }))}
          />
          {central && branches.length > 1 && (
            <Select
              aria-label="筛选支部"
              mode="multiple"
              allowClear
              placeholder="全部支部"
              style={{ minWidth: 260 }}
              value={branchIds}
              onChange={setBranchIds}
              optionFilterProp="label"
              options={branches.map((branch) => ({ value: branch.id, label: branch.name }))}
            />
          )}
          <Button icon={<FileExcelOutlined />} loading={exporting.busy} disabled={!table} onClick={() => table && exportExcel([table], `${table.title}_${period.key}`)}>
            导出本表 Excel
          </Button>
          <Button icon={<PrinterOutlined />} disabled={!table} onClick={() => table && setPrinting([table])}>
            打印本表
          </Button>
          <Button type="primary" icon={<FileExcelOutlined />} loading={exporting.busy} onClick={() => exportExcel(chosenTables(), reportTitle)}>
            导出{reportTitle}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => void chosenTables().then(setPrinting)}>
            打印全部报表
          </Button>
        </Space>
      </Card>
      <Tabs activeKey={tableId} onChange={(key) => setTableId(key as StatTableId)} items={STAT_TABLE_IDS.map((id) => ({ key: id, label: TABLE_LABELS[id] }))} />
      {/* While another tab or period is read, only the table waits: the choices above stay. */}
      {table ? (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {table.title}（{table.periodLabel}）
          </Typography.Title>
          <Typography.Text type="secondary">点击数字可查看其对应的党员、会议或支部。依据：{table.basis}</Typography.Text>
          <StatTableView table={table} onTrace={(row, column) => void openTrace(row, column)} />
          {table.notes.map((note) => (
            <Alert key={note} type="info" showIcon={false} message={`注：${note}`} />
          ))}
          {tableId === 'memberComposition' && <CompositionCharts table={table} />}
        </>
      ) : (
        <Skeleton active />
      )}
      <TraceDrawer request={trace} onClose={() => setTrace(null)} />
    </Space>
  );
}
