import { FlagFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { assessmentPeriodLabel } from '../../../../shared/assessment/points';
import { flagWinners, starsFor, starsText, type RankedBranch } from '../../../../shared/assessment/ranking';
import { useToday } from '../../core/today';
import { getPlatform } from '../../platform';
import { FiguresProgress } from '../../shell/FiguresProgress';
import { useBranchFinder } from '../../shell/branch-finder';
import { useBusyAction } from '../../shell/use-busy-action';
import { exportAssessment } from './excel/assessment-workbook';
import { preferencesRepository } from '../../core/preferences/preferences-repository';
import { BranchScoring } from './BranchScoring';
import { resultRepository } from './data/result-repository';
import { PeriodSelect, quarterOf } from './PeriodSelect';
import { AssessmentPrintView } from './print/AssessmentPrintView';
import { useInstallation } from '../../core/installation/use-installation';
import { useAssessmentScheme, usePeriodSheet } from './use-assessment';

const NO_RANKING: RankedBranch[] = [];

/** Central office: 考核评分表 of a period — every branch ranked, each opened to score its items — and 发布. */
export function ScoringSheet() {
  const { message } = App.useApp();
  const today = useToday();
  const [period, setPeriod] = useState(quarterOf(today));
  const scheme = useAssessmentScheme();
  const { sheet, making } = usePeriodSheet(period);
  const [publishing, setPublishing] = useState(false);
  const [printing, setPrinting] = useState(false);
  const installation = useInstallation();
  const exporting = useBusyAction();

  const exportExcel = () =>
    exporting.run(async () => {
      if (!sheet) return undefined;
      const history = await resultRepository.flagHistory();
      const bytes = await exportAssessment(sheet, scheme, [...history].reverse(), history[0]?.names ?? new Map());
      const saved = await getPlatform().saveFile(`${assessmentPeriodLabel(period)}党支部考核评分表_${today}.xlsx`, bytes, { title: '导出考核评分表' });
      return saved ? `已保存到 ${saved.location}` : undefined;
    });
  const isQuarter = period.includes('Q');
  const rowsById = useMemo(() => new Map(sheet?.rows.map((row) => [row.branchId, row])), [sheet]);
  const rowOf = (branchId: string) => rowsById.get(branchId);
  // The ranking a page at a time (the page size chosen), searchable by name; the rank column numbers the whole ranking.
  const nameOf = useCallback((entry: RankedBranch) => rowsById.get(entry.branchId)?.branchName ?? '', [rowsById]);
  const finder = useBranchFinder('assessment.ranking', sheet?.ranking ?? NO_RANKING, nameOf);
  const winners = new Set(sheet && isQuarter ? flagWinners(sheet.ranking, scheme) : []);

  async function publish() {
    if (!sheet) return;
    setPublishing(true);
    try {
      await resultRepository.publish(period, scheme, sheet.ranking, await preferencesRepository.getOperatorName());
      message.success(`${assessmentPeriodLabel(period)}考核结果已发布${isQuarter ? `，流动红旗授予${[...winners].map((id) => rowOf(id)?.branchName).join('、') || '（无）'}` : ''}；请为各支部导出回执。`);
    } catch (error) {
      message.error(`未发布：${(error as Error).message}`);
    } finally {
      setPublishing(false);
    }
  }

  if (printing && sheet) return <AssessmentPrintView sheet={sheet} scheme={scheme} organisation={installation.name} today={today} onBack={() => setPrinting(false)} />;

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card>
        <Space wrap size="large">
          <PeriodSelect value={period} onChange={setPeriod} today={today} />
          <Typography.Text>
            {scheme.name}（第 {scheme.version} 版）· {isQuarter ? `每季度授予流动红旗 ${scheme.flagsPerQuarter} 面` : `星级门槛 ${scheme.starThresholds.join(' / ')} 分`}
          </Typography.Text>
          <Button type="primary" danger={isQuarter} loading={publishing} disabled={!sheet || sheet.rows.length === 0} onClick={() => void publish()}>
            {isQuarter ? '发布排名并颁授流动红旗' : '发布年度考核结果与星级'}
          </Button>
          <Button loading={exporting.busy} disabled={!sheet || sheet.rows.length === 0} onClick={() => void exportExcel()}>
            导出 Excel
          </Button>
          <Button disabled={!sheet || sheet.rows.length === 0} onClick={() => setPrinting(true)}>
            打印考核结果
          </Button>
        </Space>
        {sheet && sheet.rows.length === 0 && <Alert style={{ marginTop: 12 }} type="info" showIcon message="还没有支部的数据：导入支部报送包后即可考核。" />}
      </Card>
      {making ? (
        <FiguresProgress pending={making.pending} of={making.of} what="本期考核数据" />
      ) : (
        <Table<RankedBranch>
          aria-label="考核排名"
          title={finder.title}
          rowKey="branchId"
          size="small"
          pagination={finder.pagination}
          loading={!sheet}
          dataSource={finder.rows}
          expandable={{ expandedRowRender: (entry) => <BranchScoring sheet={rowOf(entry.branchId)!} scheme={scheme} period={period} /> }}
          columns={[
            { title: '名次', dataIndex: 'rank', width: 60 },
            { title: '支部', key: 'name', render: (_, entry) => rowOf(entry.branchId)?.branchName },
            { title: '自动计分', key: 'automatic', width: 90, render: (_, entry) => entry.score.automatic },
            { title: '扣分', key: 'deductions', width: 70, render: (_, entry) => entry.score.deductions || '—' },
            { title: '总分', key: 'total', width: 100, render: (_, entry) => <Typography.Text strong>{`${entry.score.total} / ${entry.score.maxTotal}`}</Typography.Text> },
            { title: '并列说明', key: 'tie', render: (_, entry) => entry.tieBrokenBy ?? '' },
            {
              title: '状态',
              key: 'state',
              render: (_, entry) => {
                const result = rowOf(entry.branchId)?.result?.published;
                return (
                  <Space wrap>
                    {entry.score.pending > 0 && <Tag color="orange">待评 {entry.score.pending} 项</Tag>}
                    {entry.score.vetoed && <Tag color="volcano">一票否决</Tag>}
                    {isQuarter && winners.has(entry.branchId) && (
                      <Tag color="red" icon={<FlagFilled />}>
                        流动红旗
                      </Tag>
                    )}
                    {!isQuarter && entry.score.pending === 0 && <Tag color="gold">{starsText(starsFor(entry.score, scheme))}</Tag>}
                    {result ? (result.total === entry.score.total && result.rank === entry.rank ? <Tag color="green">已发布</Tag> : <Tag color="orange">发布后有修改，请重新发布</Tag>) : <Tag>未发布</Tag>}
                  </Space>
                );
              },
            },
          ]}
        />
      )}
    </Space>
  );
}
