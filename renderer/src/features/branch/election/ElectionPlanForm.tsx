import { Alert, App, Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { minimumCandidates } from '../../../../../shared/branch/election-counts';
import type { ElectionPlan } from '../../../../../shared/branch/election';
import type { MemberRecord } from '../../../../../shared/members/member';
import type { BranchRules } from '../../../../../shared/rules/rule-types';
import { DateInput } from '../../../shell/DateInput';
import { memberOptions } from '../../members';
import { electionRepository, type ElectionCase } from '../data/election-repository';

/** The 换届请示: committee size and candidate list, checked against the 差额 rule before it is saved. */
export function ElectionPlanForm({ branchId, current, voters, members, rules, today }: { branchId: string; current: ElectionCase | undefined; voters: readonly MemberRecord[]; members: readonly MemberRecord[]; rules: BranchRules; today: string }) {
  const { message } = App.useApp();
  const [plan, setPlan] = useState<ElectionPlan>(() => current?.election.plan ?? { requestedOn: today, seats: 3, candidateIds: [], note: '' });
  const [refusal, setRefusal] = useState<string>();
  const [saving, setSaving] = useState(false);
  const edit = (patch: Partial<ElectionPlan>) => {
    setPlan({ ...plan, ...patch });
    setRefusal(undefined);
  };
  const percent = Math.round((rules.electionCandidateMargin.value.numerator * 100) / rules.electionCandidateMargin.value.denominator);

  async function save() {
    setSaving(true);
    try {
      await electionRepository.submitPlan(branchId, current?.election.id, plan, members, rules, today);
      message.success('换届请示已保存，请导出报送包报院党委批复。');
    } catch (error) {
      setRefusal(`未保存：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form layout="vertical" style={{ maxWidth: 720 }}>
      {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 12 }} />}
      <Form.Item label="请示日期">
        <DateInput aria-label="请示日期" value={plan.requestedOn} onChange={(value) => edit({ requestedOn: value })} />
      </Form.Item>
      <Form.Item label="应选委员名额" extra={`支部委员会一般 ${rules.committeeSizeMin.value} 至 ${rules.committeeSizeNormalMax.value} 人；正式党员不足 ${rules.committeeMinFullMembers.value} 人的只选书记 1 人。`}>
        <InputNumber aria-label="应选委员名额" min={1} max={rules.committeeSizeNormalMax.value} value={plan.seats} onChange={(value) => edit({ seats: value ?? 0 })} />
      </Form.Item>
      <Form.Item
        label="候选人（正式党员）"
        extra={plan.seats > 0 ? `差额选举：候选人数应多于应选人数，差额不少于应选人数的 ${percent}%，应选 ${plan.seats} 人需候选人至少 ${minimumCandidates(plan.seats, rules.electionCandidateMargin.value)} 人（已选 ${plan.candidateIds.length} 人）。预备党员没有被选举权。` : undefined}
      >
        <Select aria-label="候选人" mode="multiple" showSearch optionFilterProp="label" options={memberOptions(voters)} value={plan.candidateIds} onChange={(ids: string[]) => edit({ candidateIds: ids })} />
      </Form.Item>
      <Form.Item label="说明">
        <Input.TextArea aria-label="请示说明" rows={2} value={plan.note} onChange={(event) => edit({ note: event.target.value })} placeholder="如：本届支委会任期届满，拟于 X 月召开党员大会进行换届选举。" />
      </Form.Item>
      <Typography.Paragraph type="secondary">保存后随下一次报送包报院党委组织科；批复随回执返回。</Typography.Paragraph>
      <Button type="primary" loading={saving} onClick={() => void save()}>
        {current ? '保存并重新报送请示' : '保存换届请示'}
      </Button>
    </Form>
  );
}
