import { Alert, App, Button, Checkbox, Col, Form, Input, Row, Select } from 'antd';
import { useMemo, useState } from 'react';
import { COMMITTEE_ROLE_LABELS, type CommitteeRole } from '../../../../../shared/branch/branch';
import { meetingOutcome, standardTermEnd, type ElectionMeeting } from '../../../../../shared/branch/election';
import type { MemberRecord } from '../../../../../shared/members/member';
import type { BranchRules } from '../../../../../shared/rules/rule-types';
import { DateInput } from '../../../shell/DateInput';
import { electionRepository, type ElectionCase } from '../data/election-repository';
import { ElectionRoundsFields } from './ElectionRoundsFields';

const ROLE_OPTIONS = (Object.entries(COMMITTEE_ROLE_LABELS) as [CommitteeRole, string][]).map(([value, label]) => ({ value, label }));

function initialMeeting({ election }: ElectionCase, today: string, rules: BranchRules): ElectionMeeting {
  if (election.meeting) return election.meeting;
  return { heldOn: today, voterIds: [], excused: [], presentIds: [], votes: {}, roles: {}, termStart: today, termEnd: standardTermEnd(today, rules), reportedOn: today };
}

/**
 * The election meeting (选举大会): who may vote, who is excused from the base, who came, the
 * votes per candidate in each round and the 分工 of those elected. The 4/5 rule and the tally are shown live,
 * and checked again when the result is saved for approval.
 */
export function ElectionMeetingForm({ current, votersOf, members, rules, today }: { current: ElectionCase; votersOf: (date: string) => MemberRecord[]; members: readonly MemberRecord[]; rules: BranchRules; today: string }) {
  const { message } = App.useApp();
  const { election } = current;
  const [meeting, setMeeting] = useState<ElectionMeeting>(() => initialMeeting(current, today, rules));
  const [refusal, setRefusal] = useState<string>();
  const [saving, setSaving] = useState(false);
  const voters = useMemo(() => votersOf(meeting.heldOn), [votersOf, meeting.heldOn]);
  const names = useMemo(() => ({ ...election.names, ...Object.fromEntries(voters.map((voter) => [voter.id, voter.name])) }), [election.names, voters]);
  const outcome = meetingOutcome({ ...meeting, voterIds: voters.map((voter) => voter.id) }, election.plan, rules, names);
  const excusedIds = meeting.excused.map((entry) => entry.memberId);
  const edit = (patch: Partial<ElectionMeeting>) => {
    setMeeting({ ...meeting, ...patch });
    setRefusal(undefined);
  };

  async function save() {
    setSaving(true);
    try {
      await electionRepository.submitResult(election.id, meeting, members, rules, today);
      message.success('选举结果已保存，请导出报送包报院党委审批。');
    } catch (error) {
      setRefusal(`未保存：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form layout="vertical">
      {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 12 }} />}
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="选举日期">
            <DateInput aria-label="选举日期" value={meeting.heldOn} onChange={(value) => edit({ heldOn: value, termStart: value, termEnd: value ? standardTermEnd(value, rules) : '' })} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item
            label="不计入应到会人数的党员"
            extra="因病不能表达本人意志、出国半年以上、外出半年以上应转未转组织关系等情形，经报上级党组织同意并经党员大会通过，可不计入应到会人数；其他未到会的仍计入。"
          >
            <Select
              aria-label="不计入应到会人数的党员"
              mode="multiple"
              optionFilterProp="label"
              options={voters.map((voter) => ({ value: voter.id, label: voter.name }))}
              value={excusedIds}
              onChange={(ids: string[]) =>
                edit({
                  excused: ids.map((memberId) => meeting.excused.find((entry) => entry.memberId === memberId) ?? { memberId, reason: '' }),
                  presentIds: meeting.presentIds.filter((id) => !ids.includes(id)),
                })
              }
            />
          </Form.Item>
        </Col>
      </Row>
      {meeting.excused.map((entry, index) => (
        <Form.Item key={entry.memberId} label={`${names[entry.memberId] ?? ''}不计入的原因`}>
          <Input
            aria-label={`${names[entry.memberId] ?? ''}不计入的原因`}
            value={entry.reason}
            onChange={(event) => edit({ excused: meeting.excused.map((each, at) => (at === index ? { ...each, reason: event.target.value } : each)) })}
          />
        </Form.Item>
      ))}
      <Form.Item label={`到会的有选举权党员（正式党员 ${voters.length} 人；预备党员没有选举权，不计入）`}>
        <Checkbox.Group
          aria-label="到会党员"
          options={voters.filter((voter) => !excusedIds.includes(voter.id)).map((voter) => ({ value: voter.id, label: voter.name }))}
          value={meeting.presentIds}
          onChange={(ids) => edit({ presentIds: ids as string[] })}
        />
      </Form.Item>
      <Alert
        type={outcome.valid ? 'success' : 'warning'}
        showIcon
        style={{ marginBottom: 12 }}
        message={`应到会有选举权 ${outcome.expected} 人，实到 ${outcome.present} 人；须超过五分之四，即至少 ${outcome.needed} 人到会：${outcome.valid ? '会议有效' : '到会人数不足，不能进行选举'}。`}
      />
      <ElectionRoundsFields meeting={meeting} candidateIds={election.plan.candidateIds} outcome={outcome} names={names} edit={edit} />
      <Row gutter={16}>
        {outcome.elected.map((id) => (
          <Col span={8} key={id}>
            <Form.Item label={`${names[id]}的分工`}>
              <Select aria-label={`${names[id]}的分工`} options={ROLE_OPTIONS} value={meeting.roles[id]} onChange={(role: CommitteeRole) => edit({ roles: { ...meeting.roles, [id]: role } })} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="新一届任期开始">
            <DateInput aria-label="新一届任期开始" value={meeting.termStart} onChange={(value) => edit({ termStart: value })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="新一届任期结束" extra={`每届任期 ${rules.termYears.value} 年`}>
            <DateInput aria-label="新一届任期结束" value={meeting.termEnd} onChange={(value) => edit({ termEnd: value })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="报告日期（报院党委审批）">
            <DateInput aria-label="报告日期" value={meeting.reportedOn} onChange={(value) => edit({ reportedOn: value })} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" loading={saving} onClick={() => void save()}>
        保存选举结果并报批
      </Button>
    </Form>
  );
}
