import { Alert, App, Button, Card, Collapse, Input, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { EMPTY_EVIDENCE } from '../../../../shared/assessment/assessment-records';
import { assessmentPeriodLabel, itemsOfPeriod } from '../../../../shared/assessment/points';
import { PERIOD_KIND_LABELS, SCORING_KIND_LABELS, type AssessmentItem } from '../../../../shared/assessment/scheme-types';
import { useToday } from '../../core/today';
import { useInstallation } from '../../core/installation/use-installation';
import { reportRepository } from './data/report-repository';
import { EvidenceEditor } from './EvidenceEditor';
import { PeriodSelect, quarterOf } from './PeriodSelect';
import { ResultBadges } from './ResultBadges';
import { useAssessmentScheme, useBranchSheet, useReport } from './use-assessment';

/**
 * Branch: 考核. The period's automatic scores live from the ledger with the figures behind
 * them, evidence per item, the self-assessment and (for the year) the 书记述职, all sent in
 * the 报送包; once the office's 回执 is imported, its score per item, rank, flag and stars.
 */
export function BranchAssessment() {
  const { message } = App.useApp();
  const { ownerId: branchId } = useInstallation();
  const today = useToday();
  const [period, setPeriod] = useState(quarterOf(today));
  const scheme = useAssessmentScheme();
  const sheet = useBranchSheet(branchId, period);
  const report = useReport(branchId, period);
  const [self, setSelf] = useState('');
  useEffect(() => setSelf(report?.selfAssessment ?? ''), [report?.selfAssessment]);
  const published = sheet?.result?.published ?? null;
  const kind = period.includes('Q') ? 'quarter' : 'year';
  const items = itemsOfPeriod(scheme.items, kind);
  const scoreOf = (id: string) => sheet?.score.items.find((item) => item.itemId === id);
  const areaLabel = (id: string) => scheme.areas.find((area) => area.id === id)?.label ?? id;

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      message.success(done);
    } catch (error) {
      message.error(`未保存：${(error as Error).message}`);
    }
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space wrap size="large">
          <PeriodSelect value={period} onChange={setPeriod} today={today} />
          <Typography.Text>
            考核方案：{scheme.name}（第 {scheme.version} 版）
          </Typography.Text>
          {sheet && (
            <Typography.Text strong>
              按台账自动计分 {sheet.score.automatic} 分，当前合计 {sheet.score.total} / {sheet.score.maxTotal} 分
            </Typography.Text>
          )}
        </Space>
        {published ? (
          <Alert
            style={{ marginTop: 12 }}
            type="success"
            showIcon
            message={`院党委已发布${assessmentPeriodLabel(period)}考核结果`}
            description={<ResultBadges result={published} />}
          />
        ) : (
          <Alert style={{ marginTop: 12 }} type="info" showIcon message="自动计分随台账实时变化；人工评分项目、排名和流动红旗由院党委组织科评定后随回执下发。" />
        )}
      </Card>
      <Table<AssessmentItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        expandable={{
          expandedRowRender: (item) => (
            <EvidenceEditor branchId={branchId} period={period} reportId={report?.id} part={{ itemId: item.id }} evidence={report?.evidence[item.id] ?? EMPTY_EVIDENCE} label={`“${item.title}”佐证材料`} />
          ),
          expandRowByClick: false,
        }}
        columns={[
          { title: '类别', key: 'area', width: 90, render: (_, item) => areaLabel(item.areaId) },
          {
            title: '考核项目',
            key: 'title',
            render: (_, item) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{item.title}</Typography.Text>
                <Typography.Text type="secondary">{item.criteria}</Typography.Text>
              </Space>
            ),
          },
          { title: '分值', dataIndex: 'maxPoints', width: 60 },
          { title: '方式', key: 'kind', width: 100, render: (_, item) => <Tag>{`${PERIOD_KIND_LABELS[item.period]}·${SCORING_KIND_LABELS[item.scoring.kind]}`}</Tag> },
          {
            title: '得分与依据',
            key: 'score',
            width: 360,
            render: (_, item) => {
              const live = scoreOf(item.id);
              const final = published?.items[item.id];
              const shown = final ?? live;
              if (!shown) return '—';
              return (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{shown.points === null ? (item.scoring.kind === 'veto' ? (shown.vetoed ? '已否决' : '未触发') : '待评') : `${shown.points} 分`}</Typography.Text>
                  <Typography.Text type="secondary">{shown.explanation}</Typography.Text>
                  {final && <Tag color="green">院党委评定</Tag>}
                </Space>
              );
            },
          },
          {
            title: '佐证材料',
            key: 'evidence',
            width: 100,
            render: (_, item) => {
              const evidence = report?.evidence[item.id];
              return evidence && (evidence.text || evidence.attachmentIds.length) ? <Tag color="green">已填写{evidence.attachmentIds.length ? `·${evidence.attachmentIds.length} 个附件` : ''}</Tag> : <Tag>未填写</Tag>;
            },
          },
        ]}
      />
      <Card title="自评">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea aria-label="自评" rows={4} value={self} onChange={(event) => setSelf(event.target.value)} placeholder="对照考核细则逐项自评：完成情况、存在不足和改进措施。" />
          <Button type="primary" disabled={self.trim() === (report?.selfAssessment ?? '')} onClick={() => void run(() => reportRepository.saveSelfAssessment(branchId, period, self), '自评已保存。')}>
            保存自评
          </Button>
        </Space>
      </Card>
      {kind === 'year' && (
        <Card title={`书记抓党建述职（${period} 年度）`}>
          <EvidenceEditor branchId={branchId} period={period} reportId={report?.id} part="secretaryReport" evidence={report?.secretaryReport ?? EMPTY_EVIDENCE} label="书记述职" rows={10} />
        </Card>
      )}
      <Collapse
        items={[
          {
            key: 'submit',
            label: report?.submittedAt ? `已于 ${report.submittedAt.slice(0, 10)} 提交，随报送包报送` : '提交考核材料',
            children: (
              <Space direction="vertical">
                <Typography.Text>提交后，佐证材料、自评{kind === 'year' ? '和书记述职' : ''}随下一次“导出报送包”报送院党委组织科；提交后仍可修改，修改内容随再下一次报送。</Typography.Text>
                <Button type="primary" onClick={() => void run(() => reportRepository.submit(branchId, period), '已提交，请在“数据交换”中导出报送包。')}>
                  提交{assessmentPeriodLabel(period)}考核材料
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
