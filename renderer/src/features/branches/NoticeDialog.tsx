import { App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { NOTICE_LIMITS } from '../../../../shared/notices/notice';
import type { PeerRow } from '../sync';
import { useInstallation } from '../../core/installation/use-installation';
import { noticeRepository } from './data/notice-repository';

interface NoticeValues {
  branchIds: string[];
  title: string;
  body: string;
}

/** 发通知: a notice to some or all branches, delivered with each branch's next return package. */
export function NoticeButton({ peers }: { peers: readonly PeerRow[] }) {
  const { message } = App.useApp();
  const installation = useInstallation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<NoticeValues>();

  async function send(values: NoticeValues) {
    try {
      const sent = await noticeRepository.send(values.branchIds, values.title, values.body ?? '', installation.name);
      message.success(`已保存 ${sent.length} 个支部的通知，将随各支部下一次回执发出。`);
      setOpen(false);
    } catch (error) {
      message.error((error as Error).message);
    }
  }

  return (
    <>
      <Button size="small" disabled={peers.length === 0} onClick={() => setOpen(true)}>
        发通知
      </Button>
      <Modal open={open} title="发通知" okText="保存通知" cancelText="取消" onCancel={() => setOpen(false)} onOk={() => void form.validateFields().then(send)} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ branchIds: peers.map((peer) => peer.peerId) }}>
          <Form.Item name="branchIds" label="接收的支部" rules={[{ required: true, message: '请选择接收通知的支部。' }]}>
            <Select mode="multiple" options={peers.map((peer) => ({ value: peer.peerId, label: peer.name }))} />
          </Form.Item>
          <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写通知标题。' }]}>
            <Input maxLength={NOTICE_LIMITS.title} />
          </Form.Item>
          <Form.Item name="body" label="内容">
            <Input.TextArea rows={5} maxLength={NOTICE_LIMITS.body} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
