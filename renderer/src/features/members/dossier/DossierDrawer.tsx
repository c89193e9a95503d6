import { Alert, App, Button, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { DevelopmentReviewRecord } from '../../../../../shared/development/development-review';
import { DOSSIER_STEPS, dossierFindings } from '../../../../../shared/development/dossier-steps';
import { dossierOf, POLITICAL_REVIEW_LABELS, type DossierDocumentKind, type DossierFields, type PoliticalReviewResult } from '../../../../../shared/development/dossier-types';
import { STAGE_LABELS, type DevelopmentMilestones, type MemberRecord } from '../../../../../shared/members/member';
import { DateInput } from '../../../shell/DateInput';
import { useActiveRules } from '../../../core/rules/active-rules';
import { useToday } from '../../../core/today';
import { dossierRepository } from '../data/dossier-repository';
import { DossierStepsTable } from './DossierStepsTable';
import { ReviewDecisions } from './ReviewDecisions';
import { ThoughtReportsCard } from './ThoughtReportsCard';

interface DossierDrawerProps {
  member: MemberRecord | undefined;
  review: DevelopmentReviewRecord | undefined;
  /** Absent at the central office: the dossier is read only there. */
  editable?: boolean;
  onPrint: (member: MemberRecord) => void;
  onClose: () => void;
}

interface Fields {
  politicalReviewResult: PoliticalReviewResult;
  applicationFormNumber: string;
  fullPublicityStart: string;
  fullPublicityEnd: string;
}

const fieldsOf = (dossier: DossierFields): Fields => ({
  politicalReviewResult: dossier.politicalReviewResult,
  applicationFormNumber: dossier.applicationFormNumber,
  fullPublicityStart: dossier.fullPublicityStart,
  fullPublicityEnd: dossier.fullPublicityEnd,
});

const RESULT_OPTIONS = [{ value: '', label: '未登记' }, ...Object.entries(POLITICAL_REVIEW_LABELS).map(([value, label]) => ({ value, label }))];

/** The milestones with the typed dates of the branch's steps and fields written in. */
function developmentWith(member: MemberRecord, dates: Record<number, string>, fields: Fields): DevelopmentMilestones {
  const development = { ...member.development };
  const dossier = dossierOf(development);
  const stepDates = { ...dossier.stepDates };
  for (const step of DOSSIER_STEPS) {
    const typed = dates[step.number];
    if (typed === undefined || !step.date || step.recordedBy !== 'branch') continue;
    if ('milestone' in step.date) (development as Record<string, unknown>)[step.date.milestone] = typed;
    else stepDates[step.date.step] = typed;
  }
  return { ...development, dossier: { ...dossier, ...fields, applicationFormNumber: fields.applicationFormNumber.trim(), stepDates } };
}

/**
 * 发展纪实 of one person: the 25 steps with dates and documents, 政审, 入党志愿书, 转正公示, the
 * 思想汇报 and the 院党委's decisions. Files are saved as they are added; dates and fields on 保存纪实.
 */
export function DossierDrawer({ member, review, editable = false, onPrint, onClose }: DossierDrawerProps) {
  const { message } = App.useApp();
  const today = useToday();
  const { ruleSet } = useActiveRules();
  const [dates, setDates] = useState<Record<number, string>>({});
  const [fields, setFields] = useState<Fields>(fieldsOf(dossierOf(member?.development ?? {})));
  const [refusal, setRefusal] = useState<string>();
  const [saving, setSaving] = useState(false);
  const memberId = member?.id;

  useEffect(() => {
    setDates({});
    setRefusal(undefined);
    if (member) setFields(fieldsOf(dossierOf(member.development)));
    // Only when another person is opened: a save must not reset what is typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [memberId]);

  const findings = useMemo(() => (member ? dossierFindings(member) : []), [member]);
  if (!member) return null;
  const dossier = dossierOf(member.development);

  async function save() {
    if (!member) return;
    setSaving(true);
    try {
      await dossierRepository.save(member, developmentWith(member, dates, fields), today, ruleSet);
      setDates({});
      setRefusal(undefined);
      message.success(`已保存 ${member.name} 的发展纪实。`);
    } catch (error) {
      setRefusal(`未保存：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  /** A file added or taken off: saved at once with the dossier as stored (typed dates wait for 保存纪实). */
  async function saveDossier(patch: Partial<DossierFields>, done: string) {
    if (!member) return;
    try {
      await dossierRepository.save(member, { ...member.development, dossier: { ...dossierOf(member.development), ...patch } }, today, ruleSet);
      message.success(done);
    } catch (error) {
      message.error(`未保存：${(error as Error).message}`);
    }
  }

  const setDocuments = (kind: DossierDocumentKind, ids: string[]) =>
    void saveDossier({ documents: { ...dossier.documents, [kind]: ids } }, '材料已记入发展纪实。');

  const edit = (patch: Partial<Fields>) => {
    setFields({ ...fields, ...patch });
    setRefusal(undefined);
  };

  return (
    <Drawer
      open
      width={1080}
      title={`发展纪实：${member.name}（${STAGE_LABELS[member.stage]}）`}
      onClose={onClose}
      extra={
        <Space>
          <Button onClick={() => onPrint(member)}>打印纪实表</Button>
          {editable && (
            <Button type="primary" loading={saving} onClick={() => void save()}>
              保存纪实
            </Button>
          )}
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {refusal && <Alert type="error" showIcon message={refusal} />}
        <ReviewDecisions review={review} />
        {findings.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            message={`纪实检查：${findings.length} 处需补齐`}
            description={
              <ul className="plain-list" aria-label="纪实检查">
                {findings.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            }
          />
        ) : (
          <Alert type="success" showIcon message="纪实检查：已到环节的日期和材料齐全。" />
        )}
        <Form layout="inline" disabled={!editable}>
          <Form.Item label="政审结论">
            <Select aria-label="政审结论" style={{ width: 110 }} value={fields.politicalReviewResult} options={RESULT_OPTIONS} onChange={(value) => edit({ politicalReviewResult: value })} />
          </Form.Item>
          <Form.Item label="入党志愿书编号">
            <Input aria-label="入党志愿书编号" style={{ width: 160 }} value={fields.applicationFormNumber} onChange={(event) => edit({ applicationFormNumber: event.target.value })} />
          </Form.Item>
          <Form.Item label="转正公示">
            <Space>
              <DateInput aria-label="转正公示开始日期" value={fields.fullPublicityStart} onChange={(value) => edit({ fullPublicityStart: value })} />
              至
              <DateInput aria-label="转正公示结束日期" value={fields.fullPublicityEnd} onChange={(value) => edit({ fullPublicityEnd: value })} placeholder="按工作日计算" />
            </Space>
          </Form.Item>
        </Form>
        <Typography.Text type="secondary">
          转正公示与发展对象公示一样按工作日计算（{ruleSet.rules.development.publicityWorkingDays.value} 个工作日）。日期改动后请点击“保存纪实”；材料上传后即时保存。
        </Typography.Text>
        <DossierStepsTable
          member={member}
          dates={dates}
          onDate={editable ? (step, date) => setDates({ ...dates, [step]: date }) : undefined}
          onDocuments={editable ? setDocuments : undefined}
        />
        <ThoughtReportsCard member={member} editable={editable} onChange={(thoughtReports, done) => void saveDossier({ thoughtReports }, done)} />
      </Space>
    </Drawer>
  );
}
