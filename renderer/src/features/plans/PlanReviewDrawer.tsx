import { Button, Descriptions, Drawer, Form, Popconfirm, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { PLAN_OPINION_MAX, PLAN_VERDICT_LABELS, planTitle, type BranchPlanRecord } from '../../../../shared/plans/plan';
import type { ReportVerdict } from '../../../../shared/statistics/monthly-report';
import { useInstallation } from '../../core/installation/use-installation';
import { preferencesRepository } from '../../core/preferences/preferences-repository';
import { localToday } from '../../core/today';
import { useBusyAction } from '../../shell/use-busy-action';
import { VerdictOpinionFields } from '../../shell/VerdictOpinionFields';
import { planReturnRepository } from './data/plan-repository';
import { PlanContentView } from './PlanContentView';

export interface PlanReading {
  plan: BranchPlanRecord;
  branchName: string;
}

interface ReturnValues {
  verdict: ReportVerdict;
  opinion: string;
}

/** 审阅结论 and 意见, a form of its own for each plan read (keyed by it): nothing carries over from the last one. */
function ReturnForm({ replaces, busy, onSave }: { replaces: boolean; busy: boolean; onSave: (values: ReturnValues) => void }) {
  const [form] = Form.useForm<ReturnValues>();
  // A refused validation is shown under its field; the rejection itself says nothing more.
  const save = () => void form.validateFields().then(onSave, () => undefined);
  const saveButton = (
    <Button type="primary" loading={busy} onClick={replaces ? undefined : save}>
      保存审阅意见
    </Button>
  );
  return (
    <Form<ReturnValues> form={form} layout="vertical" initialValues={{ verdict: 'approved', opinion: '' }}>
      <VerdictOpinionFields labels={PLAN_VERDICT_LABELS} maxLength={PLAN_OPINION_MAX} placeholder="如：主题党日安排与医院重点工作结合不够，请补充“党建+业务”内容后重新报送。" />
      {replaces ? (
        <Popconfirm title="替换已保存的审阅意见？" okText="替换" cancelText="取消" onConfirm={save}>
          {saveButton}
        </Popconfirm>
      ) : (
        saveButton
      )}
    </Form>
  );
}

/** The office reads a branch's plan or summary and returns it (已阅同意 / 退回修改 with an opinion), sent back with the next return package. */
export function PlanReviewDrawer({ reading, onClose, onPrint }: { reading: PlanReading | null; onClose: () => void; onPrint: (reading: PlanReading) => void }) {
  const installation = useInstallation();
  const plan = reading?.plan;
  const previous = useLiveQuery(() => (plan ? planReturnRepository.find(plan.id) : Promise.resolve(undefined)), [plan]);
  const saving = useBusyAction();
  const replaces = previous !== undefined && previous.reviewedSubmission === plan?.submittedAt;

  function save(values: ReturnValues) {
    void saving.run(
      async () => {
        const reviewer = (await preferencesRepository.findOperatorName()) ?? installation.name;
        await planReturnRepository.review(plan!, values.verdict, values.opinion ?? '', reviewer);
        return `已保存${reading!.branchName}${planTitle(plan!.year, plan!.kind)}的审阅意见（${PLAN_VERDICT_LABELS[values.verdict]}），将随下一次回执发给支部。`;
      },
      onClose,
    );
  }

  return (
    <Drawer
      open={reading !== null}
      width={900}
      title={reading ? `${reading.branchName} ${planTitle(reading.plan.year, reading.plan.kind)}` : ''}
      onClose={onClose}
      destroyOnHidden
      extra={reading && <Button onClick={() => onPrint(reading)}>打印</Button>}
    >
      {plan && reading && (
        <>
          <Descriptions
            size="small"
            column={3}
            items={[
              { key: 'signedBy', label: '签发人', children: `${plan.signedBy}（${plan.signedOn}）` },
              { key: 'first', label: '首次报送', children: plan.firstSubmittedOn },
              { key: 'latest', label: '最近报送', children: localToday(new Date(plan.submittedAt)) },
            ]}
          />
          <PlanContentView branchName={reading.branchName} plan={plan} />
          <Typography.Title level={5}>审阅意见</Typography.Title>
          {replaces && (
            <Typography.Paragraph type="secondary">
              已于 {localToday(new Date(previous.reviewedAt))} {PLAN_VERDICT_LABELS[previous.verdict]}
              {previous.opinion ? `：${previous.opinion}` : ''}；保存新的意见会替换它。
            </Typography.Paragraph>
          )}
          <ReturnForm key={plan.id + plan.submittedAt} replaces={replaces} busy={saving.busy} onSave={save} />
        </>
      )}
    </Drawer>
  );
}
