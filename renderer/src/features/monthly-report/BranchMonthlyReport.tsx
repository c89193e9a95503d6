import { Alert, Button, Card, Form, Input, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { addMonths } from '../../../../shared/dates';
import { periodOf } from '../../../../shared/meetings/periods';
import { draftMonthlyReport } from '../../../../shared/statistics/monthly-report-draft';
import {
  monthLabel,
  REPORT_NOTES_MAX,
  REPORT_REVIEW_LABELS,
  REPORT_TIMELINESS_LABELS,
  reportDueOn,
  reportMonthBefore,
  reportReview,
  reportTimeliness,
} from '../../../../shared/statistics/monthly-report';
import { navigate, useRouteQuery } from '../../core/navigation/hash-route';
import { monthlyReportPath } from '../../core/navigation/monthly-report-routes';
import { DEFAULT_OPERATOR_NAME, preferencesRepository } from '../../core/preferences/preferences-repository';
import { localToday, useToday } from '../../core/today';
import { useBusyAction } from '../../shell/use-busy-action';
import { useOwnStatRecords, useStatScope } from '../statistics';
import { monthlyReportRepository } from './data/monthly-report-repository';
import { ReportContent } from './ReportContent';
import { TIMELINESS_COLORS } from './report-tags';
import { useMonthlyReportBook, useReportDay } from './use-monthly-reports';

const MONTHS_OFFERED = 12;

interface ReportValues {
  notes: string;
  signedBy: string;
}

/** The months a branch may report, last month first. */
function monthChoices(today: string): string[] {
  const last = `${reportMonthBefore(today)}-01`;
  return Array.from({ length: MONTHS_OFFERED }, (_, index) => addMonths(last, -index).slice(0, 7));
}

/** The branch's 组织生活月报: drafted from the month's records, the secretary's notes, signed and submitted for the next 报送包. */
export function BranchMonthlyReport() {
  const today = useToday();
  const reportDay = useReportDay();
  const book = useMonthlyReportBook();
  const own = useOwnStatRecords();
  const operator = useLiveQuery(() => preferencesRepository.findOperatorName(), []);
  const month = useRouteQuery('month') ?? reportMonthBefore(today);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<ReportValues>();
  const saving = useBusyAction();
  const period = useMemo(() => periodOf('month', `${month}-01`), [month]);
  const scope = useStatScope(period, period.end < today ? period.end : today);
  const draft = useMemo(() => (own ? draftMonthlyReport(own, scope) : undefined), [own, scope]);

  if (!book || own === undefined) return <Skeleton active />;
  if (!own || !draft) return <Alert type="info" showIcon message="请先在“支部信息”中填写支部，再填报组织生活月报。" />;

  const report = book.reports.find((each) => each.branchId === own.branch.id && each.month === month);
  const review = report?.submittedAt ? reportReview(report, book.returns.get(report.id)) : undefined;
  const returned = report ? book.returns.get(report.id) : undefined;
  const timeliness = reportTimeliness(report, month, reportDay, today);
  const open = editing || !report?.submittedAt || review === 'returned';
  const shown = open ? draft : { figures: report!.figures, meetings: report!.meetings };

  function saveDraft() {
    void saving.run(async () => {
      await monthlyReportRepository.saveDraft(own!.branch.id, month, form.getFieldValue('notes') ?? '', today);
      return `${monthLabel(month)}组织生活月报草稿已保存。`;
    });
  }

  function submit(values: ReportValues) {
    void saving.run(
      async () => {
        await monthlyReportRepository.submit(own!.branch.id, month, { ...draft!, notes: values.notes ?? '', signedBy: values.signedBy ?? '' }, today);
        return `${monthLabel(month)}组织生活月报已签名提交，请在“数据交换”中导出报送包。`;
      },
      () => setEditing(false),
    );
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          <Select
            aria-label="报告月份"
            style={{ width: 160 }}
            value={month}
            onChange={(value) => {
              setEditing(false);
              navigate(monthlyReportPath(value));
            }}
            options={monthChoices(today).map((value) => ({ value, label: monthLabel(value) }))}
          />
          <Typography.Text>报送截止：{reportDueOn(month, reportDay)}</Typography.Text>
          <Tag color={TIMELINESS_COLORS[timeliness]}>{REPORT_TIMELINESS_LABELS[timeliness]}</Tag>
          {review && <Tag>{REPORT_REVIEW_LABELS[review]}</Tag>}
        </Space>
      </Card>
      {review === 'returned' && returned && (
        <Alert type="warning" showIcon message={`院党委退回修改（${returned.reviewer}，${localToday(new Date(returned.reviewedAt))}）`} description={`意见：${returned.opinion}（请修改后重新签名提交）`} />
      )}
      {review === 'approved' && returned && <Alert type="success" showIcon message={`院党委已审阅通过（${returned.reviewer}，${localToday(new Date(returned.reviewedAt))}）${returned.opinion ? `：${returned.opinion}` : ''}`} />}
      {report?.submittedAt && !open && (
        <Alert type="info" showIcon message={`已于 ${localToday(new Date(report.submittedAt))} 由 ${report.signedBy} 签名提交（首次提交 ${report.firstSubmittedOn}）。以下为提交时的内容。`} action={<Button onClick={() => setEditing(true)}>修改并重新提交</Button>} />
      )}
      <Card title={`${own.branch.name} ${monthLabel(month)}组织生活月报`}>
        {open && <Typography.Paragraph type="secondary">以下内容由台账中本月的会议、学习、党费和发展党员记录自动生成；如有不符，请先修改相应记录。</Typography.Paragraph>}
        <ReportContent figures={shown.figures} meetings={shown.meetings} />
        <Typography.Title level={5}>三、其他需要说明的情况</Typography.Title>
        {open ? (
          <Form<ReportValues>
            key={`${month}-${report?.updatedAt ?? ''}`}
            form={form}
            layout="vertical"
            initialValues={{ notes: report?.notes ?? '', signedBy: report?.signedBy || operator || DEFAULT_OPERATOR_NAME }}
            onFinish={submit}
          >
            <Form.Item name="notes" label="其他需要说明的情况">
              <Input.TextArea rows={4} maxLength={REPORT_NOTES_MAX} showCount placeholder="如：本月开展了“学习贯彻党的二十届四中全会精神”专题学习；下月计划……" />
            </Form.Item>
            <Form.Item name="signedBy" label="签报人" rules={[{ required: true, whitespace: true, message: '请填写签报人（支部书记姓名）' }]} style={{ maxWidth: 240 }}>
              <Input maxLength={50} />
            </Form.Item>
            <Space>
              <Button onClick={saveDraft} loading={saving.busy}>
                保存草稿
              </Button>
              <Button type="primary" htmlType="submit" loading={saving.busy}>
                签名并提交{monthLabel(month)}月报
              </Button>
            </Space>
          </Form>
        ) : (
          <>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{report!.notes || '无'}</Typography.Paragraph>
            <Typography.Text>签报人：{report!.signedBy}</Typography.Text>
          </>
        )}
      </Card>
    </Space>
  );
}
