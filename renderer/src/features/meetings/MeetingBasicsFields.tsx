import { Form, Input, Row, Select } from 'antd';
import type { BranchRecord } from '../../../../shared/branch/branch';
import { EXPECTED_SCOPES, MEETING_TYPE_LABELS, MEETING_TYPES, type ExpectedScope } from '../../../../shared/meetings/meeting-types';
import { DateField, FormField } from '../../shell/FormField';
import { MakeUpPeriodField } from './MakeUpPeriodField';
import type { MemberOption } from './member-names';

export const SCOPE_LABELS: Record<ExpectedScope, string> = { branch: '全体党员', committee: '支部委员', partyGroup: '党小组' };

const TYPE_OPTIONS = MEETING_TYPES.map((type) => ({ value: type, label: MEETING_TYPE_LABELS[type] }));
const SCOPE_OPTIONS = EXPECTED_SCOPES.map((scope) => ({ value: scope, label: SCOPE_LABELS[scope] }));

const searchable = { showSearch: { optionFilterProp: 'label' as const }, allowClear: true };

/** 会议类型、名称、时间、地点、主持人、记录人, and the fields only some types have. */
export function MeetingBasicsFields({ branch, memberOptions, meetingId }: { branch: BranchRecord; memberOptions: MemberOption[]; meetingId: string }) {
  const type = Form.useWatch('type');
  const scope = Form.useWatch('expectedScope');
  const groupOptions = (branch.partyGroups ?? []).map((group) => ({ value: group.id, label: group.name }));

  return (
    <>
      <Row gutter={16}>
        <FormField name="type" label="会议类型" span={6} required>
          <Select aria-label="会议类型" options={TYPE_OPTIONS} />
        </FormField>
        <FormField name="sessionName" label="会议名称" span={12} required>
          <Input aria-label="会议名称" maxLength={60} />
        </FormField>
        <MakeUpPeriodField branch={branch} meetingId={meetingId} />
      </Row>
      <Row gutter={16}>
        <DateField name="date" label="会议日期" span={6} />
        <FormField name="startTime" label="开始时间" span={4} required>
          <Input aria-label="开始时间" placeholder="14:30" />
        </FormField>
        <FormField name="endTime" label="结束时间" span={4} required>
          <Input aria-label="结束时间" placeholder="16:00" />
        </FormField>
        <FormField name="place" label="会议地点" span={10} required>
          <Input aria-label="会议地点" maxLength={60} />
        </FormField>
      </Row>
      <Row gutter={16}>
        <FormField name="hostMemberId" label="主持人" span={6} required>
          <Select aria-label="主持人" options={memberOptions} {...searchable} />
        </FormField>
        <FormField name="recorderMemberId" label="记录人" span={6} required>
          <Select aria-label="记录人" options={memberOptions} {...searchable} />
        </FormField>
        <FormField name="expectedScope" label="应到范围" span={6}>
          <Select aria-label="应到范围" options={SCOPE_OPTIONS} />
        </FormField>
        {scope === 'partyGroup' && (
          <FormField name="partyGroupId" label="党小组" span={6} required>
            <Select aria-label="党小组" options={groupOptions} notFoundContent="请先在“支部信息”中设置党小组" />
          </FormField>
        )}
      </Row>
      {type === 'partyLecture' && (
        <Row gutter={16}>
          <FormField name="lecturer" label="授课人" span={6} required>
            <Input aria-label="授课人" maxLength={30} />
          </FormField>
          <FormField name="lectureTitle" label="党课题目" span={18} required>
            <Input aria-label="党课题目" maxLength={80} />
          </FormField>
        </Row>
      )}
    </>
  );
}
