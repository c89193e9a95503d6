import { Button, Descriptions, Drawer, Form, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { monthLabel, REPORT_OPINION_MAX, REPORT_VERDICT_LABELS, type MonthlyReportRecord, type ReportVerdict } from '../../../../shared/statistics/monthly-report';
import { useInstallation } from '../../core/installation/use-installation';
import { preferencesRepository } from '../../core/preferences/preferences-repository';
import { localToday } from '../../core/today';
import { useBusyAction } from '../../shell/use-busy-action';
import { VerdictOpinionFields } from '../../shell/VerdictOpinionFields';
import { reportReturnRepository } from './data/monthly-report-repository';
import { ReportContent } from './ReportContent';

interface ReturnValues {
  verdict: ReportVerdict;
  opinion: string;
}

/** 审阅结论 and 意见, fresh for each report read (keyed by it): nothing carries over from the last one. */
function ReturnForm({ onSave, busy }: { onSave: (values: ReturnValues) => void; busy: boolean }) {
  return (
    <Form<ReturnValues> layout="vertical" initialValues={{ verdict: 'approved', opinion: '' }} onFinish={onSave}>
      <VerdictOpinionFields labels={REPORT_VERDICT_LABELS} maxLength={REPORT_OPINION_MAX} placeholder="如：党小组会召开情况未填写，请补充后重新提交。" />
      <Button type="primary" htmlType="submit" loading={busy}>
        保存回执
      </Button>
    </Form>
  );
}

/** The office reads a branch's report and writes its 回执 (通过 / 退回修改), sent back with the next return package. */
export function ReportReviewDrawer({ reading, onClose }: { reading: { report: MonthlyReportRecord; branchName: string } | null; onClose: () => void }) {
  const installation = useInstallation();
  const previous = useLiveQuery(() => (reading ? reportReturnRepository.find(reading.report.id) : Promise.resolve(undefined)), [reading]);
  const saving = useBusyAction();
  const report = reading?.report;

  function save(values: ReturnValues) {
    void saving.run(
      async () => {
        const reviewer = (await preferencesRepository.findOperatorName()) ?? installation.name;
        await reportReturnRepository.review(report!, values.verdict, values.opinion ?? '', reviewer);
        return `已保存${reading!.branchName}${monthLabel(report!.month)}月报的回执（${REPORT_VERDICT_LABELS[values.verdict]}），将随下一次回执发给支部。`;
      },
      onClose,
    );
  }

  return (
    <Drawer open={reading !== null} width={960} title={reading ? `${reading.branchName} ${monthLabel(reading.report.month)}组织生活月报` : ''} onClose={onClose} destroyOnHidden>
      {report && (
        <>
          <Descriptions
            size="small"
            column={3}
            items={[
              { key: 'signedBy', label: '签报人', children: report.signedBy },
              { key: 'first', label: '首次提交', children: report.firstSubmittedOn },
              { key: 'latest', label: '最近提交', children: localToday(new Date(report.submittedAt)) },
            ]}
          />
          <ReportContent figures={report.figures} meetings={report.meetings} />
          <Typography.Title level={5}>三、其他需要说明的情况</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{report.notes || '无'}</Typography.Paragraph>
          <Typography.Title level={5}>回执</Typography.Title>
          {previous && previous.reviewedSubmission === report.submittedAt && (
            <Typography.Paragraph type="secondary">
              已于 {localToday(new Date(previous.reviewedAt))} {REPORT_VERDICT_LABELS[previous.verdict]}
              {previous.opinion ? `：${previous.opinion}` : ''}；保存新的回执会替换它。
            </Typography.Paragraph>
          )}
          <ReturnForm key={report.id + report.submittedAt} onSave={save} busy={saving.busy} />
        </>
      )}
    </Drawer>
  );
}
