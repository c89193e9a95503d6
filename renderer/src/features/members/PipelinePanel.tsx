import { Button, Card, Empty, Table, Tag, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { nextStepFor, upcomingDeadlines, type UpcomingDeadline } from '../../../../shared/development/pipeline';
import { recordedFrom } from '../../../../shared/records/base-record';
import { STAGE_LABELS, type MemberRecord } from '../../../../shared/members/member';
import { useToday } from '../../core/today';
import { useActiveRules } from '../../core/rules/active-rules';
import { AdvanceDialog } from './AdvanceDialog';
import { StageTag } from './stage-tag';
import { dossierOf } from '../../../../shared/development/dossier-types';
import { DossierDrawer } from './dossier/DossierDrawer';
import { DossierPrintView } from './dossier/DossierPrintView';
import { useDossierReviews } from './dossier/use-dossier-reviews';

const IN_PIPELINE = new Set(['applicant', 'activist', 'candidate', 'probationary']);

/** A full member whose 转正 the 院党委 has still to approve, or whose dossier is not yet archived (steps 24, 25). */
function dossierOpen(member: MemberRecord): boolean {
  if (member.stage !== 'full') return false;
  const steps = dossierOf(member.development).stepDates;
  return Boolean(steps.fullMembershipApplied) && !steps.archived;
}

function DateCell({ date, provisional }: { date: string | null; provisional?: boolean }) {
  if (!date) return <span className="muted">—</span>;
  return (
    <span>
      {date} {provisional && <Tag color="gold">暂算</Tag>}
    </span>
  );
}

/** 发展党员: everyone between application and full membership, with the next step and its dates. */
interface PipelinePanelProps {
  members: MemberRecord[];
  organisation: string;
  onEdit: (member: MemberRecord) => void;
  /** Shows a print view in place of the page, or the page again. */
  onPrintView: (view: ReactNode | undefined) => void;
}

export function PipelinePanel({ members, organisation, onEdit, onPrintView }: PipelinePanelProps) {
  const { ruleSet, calendar } = useActiveRules();
  const today = useToday();
  const reviews = useDossierReviews();
  const [advancing, setAdvancing] = useState<MemberRecord>();
  const [dossierId, setDossierId] = useState<string>();

  const people = useMemo(
    () =>
      members
        .filter((member) => IN_PIPELINE.has(member.stage) || dossierOpen(member))
        .map((member) => ({ member, step: nextStepFor(member, ruleSet, calendar, today, recordedFrom(member)) })),
    [members, ruleSet, calendar, today],
  );
  const deadlines = useMemo(() => upcomingDeadlines(members, ruleSet, calendar, today), [members, ruleSet, calendar, today]);
  const byId = useMemo(() => new Map(members.map((member) => [member.id, member])), [members]);
  const print = (member: MemberRecord) =>
    onPrintView(<DossierPrintView member={member} review={reviews?.get(member.id)} organisation={organisation} today={today} onBack={() => onPrintView(undefined)} />);

  return (
    <>
      <Card title="30 天内到期、已逾期及未登记" size="small" style={{ marginBottom: 16 }}>
        <Table<UpcomingDeadline>
          rowKey={(item) => `${item.memberId}-${item.label}`}
          size="small"
          pagination={false}
          dataSource={deadlines}
          locale={{ emptyText: <Empty description="近期没有到期事项" image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 100 },
            { title: '阶段', dataIndex: 'stage', width: 120, render: (stage) => <StageTag stage={stage} /> },
            { title: '事项', dataIndex: 'label' },
            {
              title: '日期',
              dataIndex: 'date',
              width: 200,
              render: (_: unknown, item) =>
                item.kind === 'unrecorded' ? (
                  <span>
                    <Tag>未登记</Tag>
                    <Button type="link" size="small" onClick={() => onEdit(byId.get(item.memberId)!)}>
                      补登日期
                    </Button>
                  </span>
                ) : (
                  <span>
                    {item.kind === 'deadline' ? '截止 ' : '可于 '}
                    <DateCell date={item.date} provisional={item.provisional} />
                    {item.overdue && <Tag color="red">已逾期</Tag>}
                  </span>
                ),
            },
          ]}
        />
      </Card>
      <Table
        rowKey={(row) => row.member.id}
        size="small"
        dataSource={people}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description="目前没有处于发展流程中的人员" /> }}
        aria-label="发展党员"
        columns={[
          { title: '姓名', key: 'name', width: 100, render: (_, row) => row.member.name },
          { title: '当前阶段', key: 'stage', width: 120, render: (_, row) => <StageTag stage={row.member.stage} /> },
          { title: '下一步', key: 'label', render: (_, row) => (row.member.stage === 'full' ? '转正后：院党委审批转正、材料归档' : row.step.label) },
          { title: '最早日期', key: 'earliest', width: 160, render: (_, row) => <DateCell date={row.step.earliest} provisional={row.step.provisional} /> },
          { title: '截止日期', key: 'deadline', width: 160, render: (_, row) => <DateCell date={row.step.deadline} provisional={row.step.provisional} /> },
          {
            title: '操作',
            key: 'actions',
            width: 280,
            render: (_, row) => (
              <>
                <Button type="link" size="small" onClick={() => onEdit(row.member)}>
                  编辑
                </Button>
                <Button type="link" size="small" onClick={() => setDossierId(row.member.id)}>
                  发展纪实
                </Button>
                {row.step.target && (
                  <Button type="link" size="small" onClick={() => setAdvancing(byId.get(row.member.id))}>
                    转为{STAGE_LABELS[row.step.target]}
                  </Button>
                )}
              </>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        日期按《中国共产党发展党员工作细则》及本单位规则计算；标“暂算”的日期涉及尚未配置节假日的年份。
      </Typography.Paragraph>
      <AdvanceDialog member={advancing} onClose={() => setAdvancing(undefined)} />
      {dossierId && byId.get(dossierId) && (
        <DossierDrawer
          member={byId.get(dossierId)}
          review={reviews?.get(dossierId)}
          editable
          onPrint={print}
          onClose={() => setDossierId(undefined)}
        />
      )}
    </>
  );
}
