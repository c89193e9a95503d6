import { Form, Input, Radio } from 'antd';

/**
 * The office's 审阅结论 and 意见 in a form of verdicts 'approved' / 'returned' (组织生活月报,
 * 计划总结): an opinion is required when the verdict is 退回修改, so the branch is told what to change.
 */
export function VerdictOpinionFields({ labels, maxLength, placeholder }: { labels: Record<'approved' | 'returned', string>; maxLength: number; placeholder: string }) {
  return (
    <>
      <Form.Item name="verdict" label="审阅结论">
        <Radio.Group optionType="button" options={(['approved', 'returned'] as const).map((value) => ({ value, label: labels[value] }))} />
      </Form.Item>
      <Form.Item
        name="opinion"
        label="意见"
        dependencies={['verdict']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: string) => (getFieldValue('verdict') === 'returned' && !value?.trim() ? Promise.reject(new Error('退回修改时请填写意见。')) : Promise.resolve()),
          }),
        ]}
      >
        <Input.TextArea rows={3} maxLength={maxLength} showCount placeholder={placeholder} />
      </Form.Item>
    </>
  );
}
