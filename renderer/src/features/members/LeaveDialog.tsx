import { Alert, App, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { leavingPatch, validateLeaving, type LeavingErrors, type LeavingForm } from '../../../../shared/members/leaving-edit';
import type { MemberRecord } from '../../../../shared/members/member';
import { LEAVING_LABELS, type LeavingKind } from '../../../../shared/members/roster-periods';
import { memberInputOf } from '../../../../shared/roster/roster-import';
import { DateInput } from '../../shell/DateInput';
import { useToday } from '../../core/today';
import { useActiveRules } from '../../core/rules/active-rules';
import { memberRepository } from './data/member-repository';

const KIND_OPTIONS = (Object.keys(LEAVING_LABELS) as LeavingKind[]).map((kind) => ({
  value: kind,
  label: kind === 'transferOut' ? '转出（转往本院以外的党组织）' : LEAVING_LABELS[kind],
}));

const blankForm = (today: string): LeavingForm => ({ kind: 'transferOut', date: today, counterpart: '', document: '', reason: '' });

interface LeaveDialogProps {
  /** The member leaving; undefined when closed. */
  member: MemberRecord | undefined;
  onClose: () => void;
}

/**
 * 转出 (outside the hospital) or 出党 (停止党籍, 除名, 自行脱党, 退党, 开除党籍, 去世): from
 * the date the person is off the roster, the dues grid, meetings' expected lists and study
 * targets (shared/members/roster-periods); the record and its history stay.
 */
export function LeaveDialog({ member, onClose }: LeaveDialogProps) {
  const { message } = App.useApp();
  const today = useToday();
  const { ruleSet } = useActiveRules();
  const [form, setForm] = useState<LeavingForm>(() => blankForm(today));
  const [errors, setErrors] = useState<LeavingErrors>({});
  const [saving, setSaving] = useState(false);
  const input = useMemo(() => (member ? memberInputOf(member) : undefined), [member]);

  useEffect(() => {
    setForm(blankForm(today));
    setErrors({});
  }, [member, today]);

  const patch = (change: Partial<LeavingForm>) => setForm((current) => ({ ...current, ...change }));
  const transfer = form.kind === 'transferOut';

  async function confirm() {
    if (!member || !input) return;
    const found = validateLeaving(member, input, form, today, ruleSet);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      message.error('尚未保存：请按提示修改。');
      return;
    }
    setSaving(true);
    try {
      await memberRepository.update(member.id, leavingPatch(input, form));
      message.success(`已登记：${member.name} ${form.date} ${LEAVING_LABELS[form.kind]}。此后不再计入党费、应到人员和学时目标，记录保留在“已转出/已出党”中。`);
      onClose();
    } catch (error) {
      message.error(`保存失败，未做任何更改：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  const status = (field: keyof LeavingForm) => (errors[field] ? { validateStatus: 'error' as const, help: errors[field] } : {});

  return (
    <Modal
      open={member !== undefined}
      title={member ? `${member.name}：转出或出党` : ''}
      okText="确认登记"
      cancelText="取消"
      okButtonProps={{ loading: saving }}
      onOk={() => void confirm()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph type="secondary">
        本院内其他支部之间的调动请由院党委组织科办理。登记后，自该日期起此人不再列入党员名册、党费台账（当月仍需交纳，此前欠交的仍保留）、会议应到人员和学时目标。
      </Typography.Paragraph>
      <Form layout="vertical">
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item label="方式" {...status('kind')}>
              <Select value={form.kind} options={KIND_OPTIONS} onChange={(kind) => patch({ kind })} aria-label="转出或出党方式" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label={form.kind === 'died' ? '去世日期' : transfer ? '转出日期' : '出党日期（决定日期）'} {...status('date')}>
              <DateInput value={form.date} onChange={(date) => patch({ date })} aria-label="转出或出党日期" />
            </Form.Item>
          </Col>
          {transfer && (
            <Col span={14}>
              <Form.Item label="转往的党组织" {...status('counterpart')}>
                <Input value={form.counterpart} maxLength={60} onChange={(event) => patch({ counterpart: event.target.value })} aria-label="转往的党组织" />
              </Form.Item>
            </Col>
          )}
          <Col span={transfer ? 10 : 24}>
            <Form.Item label={transfer ? '介绍信编号' : '决定机关及文号'} {...status('document')}>
              <Input
                value={form.document}
                maxLength={60}
                placeholder={transfer ? '如：院组字〔2026〕031 号' : form.kind === 'died' ? '可不填' : '如：院党委〔2026〕12 号'}
                onChange={(event) => patch({ document: event.target.value })}
                aria-label={transfer ? '介绍信编号' : '决定机关及文号'}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={transfer ? '原因（备注）' : '原因'} {...status('reason')}>
              <Input.TextArea value={form.reason} rows={2} maxLength={300} onChange={(event) => patch({ reason: event.target.value })} aria-label="原因" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {errors.member && <Alert type="error" showIcon message={errors.member} />}
    </Modal>
  );
}
