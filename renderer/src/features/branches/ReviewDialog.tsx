import { App, Form, Input, Modal, Radio } from 'antd';
import type { MeetingRecord, MeetingReview } from '../../../../shared/meetings/meeting-types';
import { useInstallation } from '../../core/installation/use-installation';
import { OPINION_MAX, reviewRepository } from './data/review-repository';
import { officeSigner } from './office-signer';

interface ReviewValues {
  verdict: MeetingReview['verdict'];
  opinion: string;
}

/** 审阅 of one meeting record: 通过 or 退回 with an opinion, sent to the branch with the next return package. */
export function ReviewDialog({ meeting, onClose }: { meeting: MeetingRecord | null; onClose: () => void }) {
  const { message } = App.useApp();
  const installation = useInstallation();
  const [form] = Form.useForm<ReviewValues>();

  async function save(values: ReviewValues) {
    try {
      const reviewer = await officeSigner(installation.name);
      await reviewRepository.review(meeting!, values.verdict, values.opinion ?? '', reviewer);
      message.success('已保存审阅意见，将随下一次回执发给支部。');
      onClose();
    } catch (error) {
      message.error((error as Error).message);
    }
  }

  return (
    <Modal open={meeting !== null} title={`审阅：${meeting?.sessionName ?? ''}`} okText="保存审阅" cancelText="取消" onCancel={onClose} onOk={() => void form.validateFields().then(save)} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ verdict: 'approved', opinion: '' }}>
        <Form.Item name="verdict" label="审阅结论">
          <Radio.Group options={[{ label: '通过', value: 'approved' }, { label: '退回', value: 'returned' }]} optionType="button" />
        </Form.Item>
        <Form.Item
          name="opinion"
          label="审阅意见"
          dependencies={['verdict']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string) => (getFieldValue('verdict') === 'returned' && !value?.trim() ? Promise.reject(new Error('退回时请填写审阅意见。')) : Promise.resolve()),
            }),
          ]}
        >
          <Input.TextArea rows={4} maxLength={OPINION_MAX} showCount placeholder="如：缺少签到表，请补充后重新报送。" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
