import { Alert, App, Form, Modal, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { advanceStage, checkAdvance, nextStageOf } from '../../../../shared/development/pipeline';
import { STAGE_LABELS, type MemberRecord } from '../../../../shared/members/member';
import { memberInputOf } from '../../../../shared/roster/roster-import';
import { DateInput } from '../../shell/DateInput';
import { useToday } from '../../core/today';
import { useActiveRules } from '../../core/rules/active-rules';
import { memberRepository } from './data/member-repository';

interface AdvanceDialogProps {
  member: MemberRecord | undefined;
  onClose: () => void;
}

/**
 * Moves a person one stage on. The rules are checked as the date is typed, and what is
 * missing is listed in full, so the secretary knows what to record first.
 */
export function AdvanceDialog({ member, onClose }: AdvanceDialogProps) {
  const { message } = App.useApp();
  const today = useToday();
  const { ruleSet, calendar } = useActiveRules();
  const [onDate, setOnDate] = useState(today);
  const [saving, setSaving] = useState(false);

  useEffect(() => setOnDate(today), [member, today]);

  const input = useMemo(() => (member ? memberInputOf(member) : undefined), [member]);
  const check = useMemo(
    () => (input ? checkAdvance(input, ruleSet, calendar, today, onDate) : undefined),
    [input, ruleSet, calendar, today, onDate],
  );
  const target = member ? nextStageOf(member.stage) : null;

  async function confirm() {
    if (!member || !input || !check?.ok) return;
    setSaving(true);
    try {
      await memberRepository.update(member.id, advanceStage(input, onDate, ruleSet));
      message.success(`${member.name} 已转为${STAGE_LABELS[target!]}。`);
      onClose();
    } catch (error) {
      message.error(`保存失败：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={member !== undefined}
      title={member && target ? `${member.name}：${STAGE_LABELS[member.stage]} → ${STAGE_LABELS[target]}` : ''}
      okText="确认转入下一阶段"
      cancelText="取消"
      okButtonProps={{ disabled: !check?.ok, loading: saving }}
      onOk={() => void confirm()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="日期（支部研究决定或会议日期）">
          <DateInput value={onDate} onChange={setOnDate} aria-label="转入下一阶段的日期" />
        </Form.Item>
      </Form>
      {check && !check.ok && (
        <Alert
          type="error"
          showIcon
          message="尚不能转入下一阶段："
          description={
            <ul className="plain-list" aria-label="缺少的条件">
              {check.missing.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          }
        />
      )}
      {check?.ok && (
        <Space direction="vertical">
          <Alert type="success" showIcon message="符合条件，可以转入下一阶段。" />
          {check.provisional && (
            <Typography.Text type="warning">注：所用日期涉及尚未配置节假日的年份，工作日按周末推算（暂算）。</Typography.Text>
          )}
        </Space>
      )}
    </Modal>
  );
}
