import { Alert, Form, Input, Modal, Radio } from 'antd';
import type { ReviewDecision } from '../../../../shared/development/development-review';
import { DateInput } from '../../shell/DateInput';

export const EMPTY_DECISION: ReviewDecision = { on: '', agreed: true, document: '', opinion: '', reviewer: '' };

/** The office's 同意 / 不同意 with date, 文号, opinion and reviewer, as 发展党员审批 and 换届选举 record it. */
export function DecisionModal({ open, title, value, onChange, refusal, saving, onOk, onCancel }: { open: boolean; title: string; value: ReviewDecision; onChange: (patch: Partial<ReviewDecision>) => void; refusal: string | undefined; saving: boolean; onOk: () => void; onCancel: () => void }) {
  return (
    <Modal open={open} title={title} okText="保存审批意见" cancelText="取消" okButtonProps={{ loading: saving }} onOk={onOk} onCancel={onCancel} destroyOnHidden>
      <Form layout="vertical">
        {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 12 }} />}
        <Form.Item label="结论">
          <Radio.Group value={value.agreed} onChange={(event) => onChange({ agreed: event.target.value as boolean })}>
            <Radio value={true}>同意</Radio>
            <Radio value={false}>不同意</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item label="日期">
          <DateInput aria-label="审批日期" value={value.on} onChange={(on) => onChange({ on })} />
        </Form.Item>
        <Form.Item label="文号">
          <Input aria-label="文号" value={value.document} onChange={(event) => onChange({ document: event.target.value })} placeholder="如 院党委〔2026〕8号" />
        </Form.Item>
        <Form.Item label="意见">
          <Input.TextArea aria-label="意见" rows={2} value={value.opinion} onChange={(event) => onChange({ opinion: event.target.value })} />
        </Form.Item>
        <Form.Item label="审批人">
          <Input aria-label="审批人" value={value.reviewer} onChange={(event) => onChange({ reviewer: event.target.value })} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
