import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Segmented, Select, Skeleton, Space, Tabs, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { periodLabel } from '../../../../shared/meetings/periods';
import { STAT_TABLE_IDS, type StatTableId } from '../../../../shared/statistics/statistics';
import { inYearEndOrder, yearEndCaveat, yearEndScope, yearEndTitle } from '../../../../shared/statistics/year-end';
import { formatStatValue, type StatColumn, type StatRow, type StatTable } from '../../../../shared/statistics/stat-table';
import { useInstallation } from '../../core/installation/use-installation';
import { DEFAULT_OPERATOR_NAME, preferencesRepository } from '../../core/preferences/preferences-repository';
import { useToday } from '../../core/today';
import { getPlatform } from '../../platform';
import { DateInput } from '../../shell/DateInput';
import { FiguresProgress } from '../../shell/FiguresProgress';
import { useBusyAction } from '../../shell/use-busy-action';
import { CompositionCharts } from './CompositionCharts';
import { statWorkbook, yearEndWorkbook, type ReportSigning } from './excel/stat-workbook';
import { StatPrintView } from './print/StatPrintView';
import { asOfError, asOfFor, defaultPeriodKey, PERIOD_KIND_LABELS, periodChoices, periodFromKey, type PeriodKind } from './stat-scope';
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
  const [printing, setPrinting] = useState<{ title: string; tables: StatTable[] } | null>(null);
  /** 统计截止日期 the user chose; null: the period's last day (today while it runs). */
  const [asOfChoice, setAsOfChoice] = useState<string | null>(null);
  const [asOfProblem, setAsOfProblem] = useState<string | null>(null);
  const exporting = useBusyAction();

  const period = useMemo(() => periodFromKey(periodKey), [periodKey]);
  const scope = useStatScope(period, asOfChoice ?? asOfFor(period, today));
  const { table, making } = useStatTable(tableId, scope, branchIds);
  const firstYear = useMemo(() => Math.min(Number(today.slice(0, 4)), ...(branches ?? []).map((branch) => Number(branch.createdAt.slice(0, 4)) - 5)), [branches, today]);
  const signing: ReportSigning = { unit: installation.name, filledBy: operator ?? DEFAULT_OPERATOR_NAME, filledOn: today };
  const central = installation.role === 'central';

  if (!branches) return <Skeleton active />;
  if (branches.length === 0) {
    return <Empty description={central ? '还没有导入任何支部的报送包，导入后即可统计。' : '请先在“支部信息”中填写支部。'} />;
  }

  const chosenTables = async () => (await statisticsRepository.tables(scope)).map((each) => chosenRows(each, branchIds));
  const reportTitle = `${periodLabel(period)}党建工作信息`;
  const year = Number(period.key.slice(0, 4));
  const yearEnd = {
    title: yearEndTitle(year),
    tables: async () => inYearEndOrder(await statisticsRepository.tables(yearEndScope(year, today, scope.ruleSet, scope.calendar))).map((each) => chosenRows(each, branchIds)),
  };

  function changePeriod(key: string) {
    setPeriodKey(key);
    setAsOfChoice(null);
    setAsOfProblem(null);
  }

  /** A typed 统计截止日期 is used only when it is a real day not after today; otherwise it says why and keeps the one in use. */
  function chooseAsOf(value: string) {
    if (value === '') {
      setAsOfChoice(null);
      setAsOfProblem(null);
      return;
    }
    const problem = asOfError(value, today);
    setAsOfProblem(problem);
    if (!problem) setAsOfChoice(value);
  }

  function exportExcel(tables: StatTable[] | Promise<StatTable[]>, fileTitle: string, write: (tables: StatTable[]) => Promise<Uint8Array> = (each) => statWorkbook(each, signing)) {
    void exporting.run(async () => {
      const bytes = await write(await tables);
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

  if (printing) return <StatPrintView title={printing.title} tables={printing.tables} signing={signing} onBack={() => setPrinting(null)} />;

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
              changePeriod(value === 'month' ? defaultPeriodKey(today) : periodChoices(value, today, firstYear)[0]!.key);
            }}
          />
          <Select
            aria-label="统计期"
            style={{ width: 180 }}
            value={periodKey}
            onChange={changePeriod}
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
          <Space size={4}>
            <span>统计截止日期</span>
            <div style={{ width: 140 }}>
              <DateInput aria-label="统计截止日期" value={scope.asOf} onChange={chooseAsOf} />
            </div>
          </Space>
          <Button icon={<FileExcelOutlined />} loading={exporting.busy} disabled={!table} onClick={() => table && exportExcel([table], `${table.title}_${period.key}`)}>
            导出本表 Excel
          </Button>
          <Button icon={<PrinterOutlined />} disabled={!table} onClick={() => table && setPrinting({ title: table.title, tables: [table] })}>
            打印本表
          </Button>
          <Button type="primary" icon={<FileExcelOutlined />} loading={exporting.busy} onClick={() => exportExcel(chosenTables(), reportTitle)}>
            导出{reportTitle}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => void chosenTables().then((tables) => setPrinting({ title: reportTitle, tables }))}>
            打印全部报表
          </Button>
          {kind === 'year' && (
            <>
              <Button
                type="primary"
                icon={<FileExcelOutlined />}
                loading={exporting.busy}
                onClick={() => exportExcel(yearEnd.tables(), yearEnd.title, (tables) => yearEndWorkbook(yearEnd.title, year, tables, signing, yearEndCaveat(year, today)))}
              >
                导出{yearEnd.title}
              </Button>
              <Button icon={<PrinterOutlined />} onClick={() => void yearEnd.tables().then((tables) => setPrinting({ title: yearEnd.title, tables }))}>
                打印{yearEnd.title}
              </Button>
            </>
          )}
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          党员队伍、组织设置按统计截止日期统计（默认为统计期最后一天，统计期未结束时为今天）；发展党员、三会一课、学时、党费、转接与出党按统计期统计。
          {kind === 'year' && `${yearEnd.title}的时点数一律截至${year}年12月31日。`}
        </Typography.Paragraph>
        {asOfProblem && <Alert type="error" showIcon style={{ marginTop: 8 }} message={asOfProblem} />}
        {kind === 'year' && yearEndCaveat(year, today) && <Alert type="warning" showIcon style={{ marginTop: 8 }} message={yearEndCaveat(year, today)} />}
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
      ) : making ? (
        <FiguresProgress pending={making.pending} of={making.of} what="统计表" />
      ) : (
        <Skeleton active />
      )}
      <TraceDrawer request={trace} onClose={() => setTrace(null)} />
    </Space>
  );
}
