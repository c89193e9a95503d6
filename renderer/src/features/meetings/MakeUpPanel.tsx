import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { MAKE_UP_METHOD_LABELS, MAKE_UP_METHODS, type MakeUpEntry, type MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { newId } from '../../../../shared/records/base-record';
import { DateInput } from '../../shell/DateInput';
import { useToday } from '../../core/today';
import { owedMakeUps } from '../../../../shared/meetings/attendance';
import { meetingRepository } from './data/meeting-repository';
import { nameOf } from './member-names';

const METHOD_OPTIONS = MAKE_UP_METHODS.map((method) => ({ value: method, label: MAKE_UP_METHOD_LABELS[method] }));

interface MakeUpPanelProps {
  meeting: MeetingRecord;
  names: ReadonlyMap<string, string>;
}

/** 补课 for the members who missed this meeting: who still owes one, and what was done. */
export function MakeUpPanel({ meeting, names }: MakeUpPanelProps) {
  const { message } = App.useApp();
  const today = useToday();
  const [recording, setRecording] = useState<string>();
  const [form] = Form.useForm<Pick<MakeUpEntry, 'date' | 'method' | 'note'>>();
  const owed = owedMakeUps(meeting);

  async function save(makeUps: MakeUpEntry[], done: string) {
    try {
      await meetingRepository.setMakeUps(meeting.id, makeUps);
      message.success(done);
    } catch (error) {
      message.error(`未能保存补课记录：${(error as Error).message}`);
    }
  }

  async function record() {
    const values = form.getFieldsValue(true);
    if (!values.date) {
      form.setFields([{ name: 'date', errors: ['请填写补课日期。'] }]);
      return;
    }
    const memberId = recording!;
    setRecording(undefined);
    await save([...meeting.makeUps, { id: newId(), memberId, ...values, note: values.note ?? '' }], `已登记 ${nameOf(names, memberId)} 的补课。`);
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {owed.length > 0 && (
        <Space wrap>
          <span>尚未补课：</span>
          {owed.map((memberId) => (
            <Button
              key={memberId}
              size="small"
              onClick={() => setRecording(memberId)}
            >
              为 {nameOf(names, memberId)} 登记补课
            </Button>
          ))}
        </Space>
      )}
      {meeting.makeUps.length > 0 ? (
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={meeting.makeUps}
          columns={[
            { title: '姓名', render: (_, entry) => nameOf(names, entry.memberId) },
            { title: '补课日期', dataIndex: 'date' },
            { title: '方式', render: (_, entry) => <Tag>{MAKE_UP_METHOD_LABELS[entry.method]}</Tag> },
            { title: '说明', dataIndex: 'note' },
            {
              title: '',
              width: 48,
              render: (_, entry) => (
                <Button
                  type="text"
                  aria-label={`删除${nameOf(names, entry.memberId)}的补课记录`}
                  icon={<DeleteOutlined />}
                  onClick={() => void save(meeting.makeUps.filter((item) => item.id !== entry.id), '已删除这条补课记录。')}
                />
              ),
            },
          ]}
        />
      ) : (
        owed.length === 0 && <span>本次会议无人需要补课。</span>
      )}
      <Modal
        open={recording !== undefined}
        title={`登记补课：${recording ? nameOf(names, recording) : ''}`}
        okText="登记"
        cancelText="取消"
        onOk={() => void record()}
        onCancel={() => setRecording(undefined)}
        afterOpenChange={(open) => open && form.resetFields()}
        forceRender
      >
        <Form form={form} layout="vertical" initialValues={{ date: today, method: 'selfStudy', note: '' }}>
          <Form.Item name="date" label="补课日期" required>
            <DateInput aria-label="补课日期" />
          </Form.Item>
          <Form.Item name="method" label="补课方式">
            <Select aria-label="补课方式" options={METHOD_OPTIONS} />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input aria-label="补课说明" maxLength={100} placeholder="如：观看会议录像并提交学习体会" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
