import { Button, Card, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ThoughtReport } from '../../../../../shared/development/dossier-types';
import { dossierOf } from '../../../../../shared/development/dossier-types';
import { thoughtReportPeriods, type ThoughtReportPeriod } from '../../../../../shared/development/thought-reports';
import { compareDates, isValidDate } from '../../../../../shared/dates';
import { newId } from '../../../../../shared/records/base-record';
import type { MemberRecord } from '../../../../../shared/members/member';
import { DateInput } from '../../../shell/DateInput';
import { useActiveRules } from '../../../core/rules/active-rules';
import { useToday } from '../../../core/today';
import { AttachmentDownloads, AttachmentsEditor } from '../../meetings';

const STATUS_TAGS: Record<ThoughtReportPeriod['status'], { color: string; text: string }> = {
  handedIn: { color: 'green', text: '已递交' },
  missing: { color: 'red', text: '未递交' },
  due: { color: 'gold', text: '本期待交' },
};

interface ThoughtReportsCardProps {
  member: MemberRecord;
  editable: boolean;
  onChange: (reports: ThoughtReport[], done: string) => void;
}

/** 思想汇报: the periods the person owes one for, each handed in or not, and the reports with their scans. */
export function ThoughtReportsCard({ member, editable, onChange }: ThoughtReportsCardProps) {
  const today = useToday();
  const { ruleSet } = useActiveRules();
  const [date, setDate] = useState(today);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string>();
  const reports = [...dossierOf(member.development).thoughtReports].sort((a, b) => compareDates(b.submittedOn, a.submittedOn));
  const periods = thoughtReportPeriods(member, ruleSet.rules.development, today);
  const months = ruleSet.rules.development.thoughtReportMonths.value;

  function add() {
    if (!isValidDate(date)) return setProblem('请填写思想汇报的递交日期（YYYY-MM-DD）。');
    if (compareDates(date, today) > 0) return setProblem('递交日期不能晚于今天。');
    setProblem(undefined);
    onChange([...reports, { id: newId(), submittedOn: date, title: title.trim(), attachmentIds: [] }], `已登记 ${date} 的思想汇报。`);
    setTitle('');
  }

  const replace = (id: string, patch: Partial<ThoughtReport>, done: string) =>
    onChange(reports.map((report) => (report.id === id ? { ...report, ...patch } : report)), done);

  return (
    <Card size="small" title="思想汇报" aria-label="思想汇报">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {months > 0 ? `入党积极分子（含发展对象）和预备党员每 ${months} 个月至少递交 1 份思想汇报（院党委可在规则集中调整）。` : '本院规则未要求定期递交思想汇报。'}
        </Typography.Text>
        {periods.length > 0 && (
          <Space wrap aria-label="各期思想汇报">
            {periods.map((entry) => (
              <Tag key={entry.period.key} color={STATUS_TAGS[entry.status].color}>
                {entry.label}：{STATUS_TAGS[entry.status].text}
              </Tag>
            ))}
          </Space>
        )}
        {editable && (
          <Space wrap>
            <DateInput aria-label="思想汇报递交日期" value={date} onChange={setDate} />
            <Input aria-label="思想汇报题目" placeholder="题目（可不填）" style={{ width: 280 }} value={title} onChange={(event) => setTitle(event.target.value)} />
            <Button onClick={add}>登记思想汇报</Button>
            {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
          </Space>
        )}
        <List
          size="small"
          bordered
          dataSource={reports}
          locale={{ emptyText: '尚未登记思想汇报' }}
          renderItem={(report) => (
            <List.Item
              actions={
                editable
                  ? [
                      <Button key="remove" type="link" size="small" onClick={() => onChange(reports.filter((each) => each.id !== report.id), `已删除 ${report.submittedOn} 的思想汇报。`)}>
                        删除
                      </Button>,
                    ]
                  : []
              }
            >
              <Space direction="vertical" style={{ width: '100%' }}>
                <span>
                  {report.submittedOn}　{report.title || '思想汇报'}
                </span>
                {editable ? (
                  <AttachmentsEditor
                    branchId={member.branchId}
                    meetingId={member.id}
                    document={`${report.submittedOn}思想汇报扫描件`}
                    value={report.attachmentIds}
                    onChange={(ids) => replace(report.id, { attachmentIds: ids }, '扫描件已记入思想汇报。')}
                  />
                ) : (
                  <AttachmentDownloads ids={report.attachmentIds} />
                )}
              </Space>
            </List.Item>
          )}
        />
      </Space>
    </Card>
  );
}
