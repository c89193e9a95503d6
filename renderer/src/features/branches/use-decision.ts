import { App } from 'antd';
import { useState } from 'react';
import type { ReviewDecision } from '../../../../shared/development/development-review';
import { useToday } from '../../core/today';
import { EMPTY_DECISION } from './DecisionModal';

/**
 * The state of the office's decision dialog (DecisionModal) about one target: opened dated
 * today with the last reviewer kept, `save` says what was recorded, a refusal stays in the dialog.
 */
export function useDecision<T>(save: (target: T, decision: ReviewDecision, today: string) => Promise<string>) {
  const { message } = App.useApp();
  const today = useToday();
  const [target, setTarget] = useState<T>();
  const [form, setForm] = useState<ReviewDecision>(EMPTY_DECISION);
  const [refusal, setRefusal] = useState<string>();
  const [saving, setSaving] = useState(false);

  function open(next: T) {
    setForm({ ...EMPTY_DECISION, on: today, reviewer: form.reviewer });
    setRefusal(undefined);
    setTarget(next);
  }

  const edit = (patch: Partial<ReviewDecision>) => {
    setForm({ ...form, ...patch });
    setRefusal(undefined);
  };

  async function decide() {
    if (target === undefined) return;
    setSaving(true);
    try {
      message.success(await save(target, form, today));
      setTarget(undefined);
    } catch (error) {
      setRefusal(`未保存：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  return {
    target,
    open,
    modal: { open: target !== undefined, value: form, onChange: edit, refusal, saving, onOk: () => void decide(), onCancel: () => setTarget(undefined) },
  };
}
