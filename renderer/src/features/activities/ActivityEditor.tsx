import { Alert, App, Drawer, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, ACTIVITY_LIMITS, type ActivityInput, type ActivityRecord } from '../../../../shared/activities/activity';
import { useToday } from '../../core/today';
import { DateInput } from '../../shell/DateInput';
import { useFormSave } from '../../shell/use-form-save';
import { AttachmentsEditor } from '../meetings';
import { memberOptions, useMembers } from '../members';
import { activityRepository } from './data/activity-repository';
import { clearErrorsOfChanged } from '../../shell/form-errors';
import { SaveCancelButtons } from '../../shell/SaveCancelButtons';

const KIND_OPTIONS = ACTIVITY_KINDS.map((kind) => ({ value: kind, label: ACTIVITY_KIND_LABELS[kind] }));
const EMPTY: ActivityInput = { kind: 'volunteer', date: '', title: '', memberIds: [], partnerUnit: '', description: '', attachmentIds: [] };

/** 登记 / 修改 one 党建+业务 activity. A new one gets its id up front, so that its photos can be attached before it is saved. */
export function ActivityEditor({ branchId, editing, onClose }: { branchId: string; editing: ActivityRecord | 'new'; onClose: () => void }) {
  const { message } = App.useApp();
  const today = useToday();
  const members = useMembers();
  const [form] = Form.useForm();
  const [id] = useState(() => (editing === 'new' ? crypto.randomUUID() : editing.id));
  const { failure, saving, run } = useFormSave(form);
  const initial = editing === 'new' ? EMPTY : editing;

  function save(values: ActivityInput) {
    return run(
      async () => {
        const saved = await activityRepository.save(branchId, id, { ...EMPTY, ...values }, today);
        message.success(`已保存活动“${saved.title}”。`);
      },
      onClose,
    );
  }

  return (
    <Drawer
      open
      onClose={onClose}
      width={640}
      title={editing === 'new' ? '登记党建+业务活动' : `修改活动：${editing.title}`}
      destroyOnHidden
      footer={<SaveCancelButtons label="保存活动" saving={saving} onSave={() => form.submit()} onCancel={onClose} />}
    >
      <Form
        form={form}
        layout="vertical"
        aria-label="党建+业务活动"
        initialValues={initial}
        onFinish={(values) => void save(values)}
        onValuesChange={clearErrorsOfChanged(form)}
      >
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Space style={{ display: 'flex' }} align="start">
          <Form.Item name="kind" label="活动类别" style={{ width: 200 }}>
            <Select options={KIND_OPTIONS} />
          </Form.Item>
          <Form.Item name="date" label="活动日期" style={{ width: 200 }}>
            <DateInput />
          </Form.Item>
        </Space>
        <Form.Item name="title" label="活动名称">
          <Input maxLength={ACTIVITY_LIMITS.title} placeholder="如：世界镇痛日社区义诊" />
        </Form.Item>
        <Form.Item name="partnerUnit" label="共建单位 / 服务对象">
          <Input maxLength={ACTIVITY_LIMITS.partnerUnit} placeholder="如：城东街道社区卫生服务中心" />
        </Form.Item>
        <Form.Item name="memberIds" label="参加党员">
          <Select mode="multiple" options={memberOptions(members ?? [])} optionFilterProp="label" placeholder="选择参加活动的党员" loading={!members} />
        </Form.Item>
        <Form.Item name="description" label="活动内容">
          <Input.TextArea rows={4} maxLength={ACTIVITY_LIMITS.description} showCount placeholder="做了什么，服务多少人次，与本科室业务的结合" />
        </Form.Item>
        <Form.Item name="attachmentIds" label="照片">
          <AttachmentsEditor branchId={branchId} meetingId={id} defaultKind="photo" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
