import { Alert, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingType } from '../../../../shared/meetings/meeting-types';
import { newMeetingContent } from '../../../../shared/meetings/new-meeting';
import { newId } from '../../../../shared/records/base-record';
import { navigate } from '../../core/navigation/hash-route';
import { DateInput } from '../../shell/DateInput';
import { useToday } from '../../core/today';
import { useActiveRules } from '../../core/rules/active-rules';
import { draftRepository } from './data/draft-repository';
import { meetingPath } from '../../core/navigation/meeting-routes';

const TYPE_OPTIONS = MEETING_TYPES.map((type) => ({ value: type, label: MEETING_TYPE_LABELS[type] }));

/** Starts a new meeting as a draft of the chosen type and date, then opens the form on it. */
export function NewMeetingDialog({ branchId, open, onClose }: { branchId: string; open: boolean; onClose: () => void }) {
  const today = useToday();
  const { ruleSet } = useActiveRules();
  const [form] = Form.useForm<{ type: MeetingType; date: string }>();
  const [failure, setFailure] = useState<string>();

  async function start() {
    const { type, date } = form.getFieldsValue(true) as { type: MeetingType; date: string };
    if (!date) {
      form.setFields([{ name: 'date', errors: ['请填写会议日期。'] }]);
      return;
    }
    const id = newId();
    try {
      await draftRepository.save({ id, branchId, isNew: true, content: newMeetingContent(type, date, ruleSet.rules.meetings), savedAt: new Date().toISOString(), untouched: true });
    } catch (failure) {
      // The dialog stays open with the chosen type and date.
      setFailure(`新会议记录没有创建。${(failure as Error).message}`);
      return;
    }
    onClose();
    navigate(meetingPath.edit(id));
  }

  return (
    <Modal
      open={open}
      title="新建会议记录"
      okText="开始填写"
      cancelText="取消"
      onOk={() => void start()}
      onCancel={onClose}
      afterOpenChange={(visible) => {
        if (!visible) return;
        form.resetFields();
        setFailure(undefined);
      }}
      forceRender
    >
      <Form form={form} layout="vertical" initialValues={{ type: 'committeeMeeting', date: today }}>
        <Form.Item name="type" label="会议类型">
          <Select aria-label="新会议类型" options={TYPE_OPTIONS} />
        </Form.Item>
        <Form.Item name="date" label="会议日期" required>
          <DateInput aria-label="新会议日期" />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon role="alert" message={failure} />}
    </Modal>
  );
}
