import { App, Checkbox, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { meetingRepository } from './data/meeting-repository';
import { nameOf } from './member-names';

interface ConfirmDialogProps {
  meeting: MeetingRecord;
  names: ReadonlyMap<string, string>;
  open: boolean;
  onClose: () => void;
}

/** 签字确认: host and recorder both confirm; the record is then locked until 修改. */
export function ConfirmDialog({ meeting, names, open, onClose }: ConfirmDialogProps) {
  const { message } = App.useApp();
  const [host, setHost] = useState(false);
  const [recorder, setRecorder] = useState(false);
  const hostName = nameOf(names, meeting.hostMemberId);
  const recorderName = nameOf(names, meeting.recorderMemberId);

  async function confirm() {
    try {
      await meetingRepository.confirm(meeting.id, { hostConfirmedBy: hostName, recorderConfirmedBy: recorderName, confirmedAt: new Date().toISOString() });
      message.success('会议记录已签字确认。');
      onClose();
    } catch (error) {
      message.error((error as Error).message);
    }
  }

  return (
    <Modal
      open={open}
      title="签字确认"
      okText="确认"
      cancelText="取消"
      okButtonProps={{ disabled: !host || !recorder }}
      onOk={() => void confirm()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Space direction="vertical">
        <Typography.Paragraph>确认后，会议记录将锁定；如需更正，须点击“修改”，修改会记入修改记录。</Typography.Paragraph>
        <Checkbox checked={host} onChange={(event) => setHost(event.target.checked)}>
          主持人 {hostName} 已核对并确认
        </Checkbox>
        <Checkbox checked={recorder} onChange={(event) => setRecorder(event.target.checked)}>
          记录人 {recorderName} 已核对并确认
        </Checkbox>
      </Space>
    </Modal>
  );
}
