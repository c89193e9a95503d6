import { Alert, App, Button, Card, Checkbox, Descriptions, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { DEFAULT_IDLE_MINUTES, IDLE_CHOICES, LOCK_PASSPHRASE_MIN_LENGTH } from '../../../../shared/lock/app-lock';
import { FORGOTTEN_PASSPHRASE_HEADLINE, FORGOTTEN_PASSPHRASE_STEPS } from '../../core/lock/forgotten-passphrase';
import { useLockStore } from '../../core/lock/lock-store';

const idleLabel = (minutes: number | null) => (minutes === null ? '从不（只在启动时要求口令）' : `${minutes} 分钟无人操作后`);
const IDLE_OPTIONS = IDLE_CHOICES.map((minutes) => ({ value: minutes ?? ('never' as const), label: idleLabel(minutes) }));
const fromOption = (value: number | 'never') => (value === 'never' ? null : value);

const failureText = (failure: unknown) => (failure as Error)?.message ?? String(failure);

function ForgottenNote() {
  return (
    <Alert
      type="warning"
      showIcon
      message={FORGOTTEN_PASSPHRASE_HEADLINE}
      description={
        <>
          {FORGOTTEN_PASSPHRASE_STEPS.map((step) => (
            <div key={step}>{step}</div>
          ))}
        </>
      }
    />
  );
}

/** A new passphrase typed twice. */
function NewPassphraseFields(props: { label: string; value: string; repeated: string; onChange(value: string): void; onRepeatedChange(value: string): void }) {
  const { label, value, repeated, onChange, onRepeatedChange } = props;
  return (
    <>
      <Form.Item label={label} extra={`至少 ${LOCK_PASSPHRASE_MIN_LENGTH} 个字符。`}>
        <Input.Password aria-label={label} value={value} onChange={(event) => onChange(event.target.value)} autoComplete="new-password" />
      </Form.Item>
      <Form.Item label={`再次输入${label}`}>
        <Input.Password aria-label={`再次输入${label}`} value={repeated} onChange={(event) => onRepeatedChange(event.target.value)} autoComplete="new-password" />
      </Form.Item>
    </>
  );
}

/** Sets the app lock: passphrase twice, idle time, and the reader's word that a forgotten passphrase is gone. */
function SetLockForm() {
  const { message } = App.useApp();
  const setLock = useLockStore((store) => store.set);
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [idle, setIdle] = useState<number | 'never'>(DEFAULT_IDLE_MINUTES);
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!understood) {
      setError('请先阅读上面的说明，并勾选“我已了解忘记口令无法找回”。');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await setLock(passphrase, repeated, fromOption(idle));
      message.success('锁定口令已设置，身份证号和电话已加密保存。下次打开台账时需要输入口令。');
    } catch (failure) {
      setError(`锁定口令没有设置。${failureText(failure)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph>
        设置后，每次打开台账以及无人操作一段时间后，都要输入口令才能使用；党员的身份证号和电话在本机加密保存，只有输入口令后才能解开。
      </Typography.Paragraph>
      <ForgottenNote />
      <Form layout="vertical" onFinish={() => void submit()} style={{ maxWidth: 420 }}>
        <NewPassphraseFields label="锁定口令" value={passphrase} repeated={repeated} onChange={setPassphrase} onRepeatedChange={setRepeated} />
        <Form.Item label="自动锁定">
          <Select aria-label="自动锁定" value={idle} onChange={setIdle} options={IDLE_OPTIONS} />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={understood} onChange={(event) => setUnderstood(event.target.checked)}>
            我已了解忘记口令无法找回
          </Checkbox>
        </Form.Item>
        {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
        <Button type="primary" htmlType="submit" loading={busy}>
          设置锁定口令
        </Button>
      </Form>
    </Space>
  );
}

type Dialog = 'change' | 'remove' | null;

/** A dialog that asks the current passphrase (and for a change, the new one twice) before acting. */
function PassphraseDialog({ dialog, onClose }: { dialog: Exclude<Dialog, null>; onClose: () => void }) {
  const { message } = App.useApp();
  const changePassphrase = useLockStore((store) => store.changePassphrase);
  const remove = useLockStore((store) => store.remove);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const changing = dialog === 'change';

  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      if (changing) await changePassphrase(current, next, repeated);
      else await remove(current);
      message.success(changing ? '锁定口令已修改。' : '锁定口令已取消，身份证号和电话已恢复为不加密保存。');
      onClose();
    } catch (failure) {
      setError(`${changing ? '口令没有修改' : '锁定口令没有取消'}。${failureText(failure)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={changing ? '修改锁定口令' : '取消锁定口令'}
      okText={changing ? '修改口令' : '取消锁定'}
      cancelText="关闭"
      okButtonProps={{ loading: busy, danger: !changing }}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form layout="vertical" onFinish={() => void submit()}>
        {changing ? null : (
          <Typography.Paragraph>取消后，打开台账不再需要口令，身份证号和电话将恢复为不加密保存。</Typography.Paragraph>
        )}
        <Form.Item label="当前锁定口令">
          <Input.Password aria-label="当前锁定口令" autoFocus value={current} onChange={(event) => setCurrent(event.target.value)} />
        </Form.Item>
        {changing ? (
          <NewPassphraseFields label="新锁定口令" value={next} repeated={repeated} onChange={setNext} onRepeatedChange={setRepeated} />
        ) : null}
        {error ? <Alert type="error" showIcon message={error} /> : null}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}

/** The lock as set: the idle time (changed at once), 立即锁定, and changing or removing it with the current passphrase. */
function LockSettings({ idleMinutes, setAt }: { idleMinutes: number | null; setAt: string }) {
  const { message } = App.useApp();
  const setIdleMinutes = useLockStore((store) => store.setIdleMinutes);
  const lock = useLockStore((store) => store.lock);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string>();

  async function changeIdle(value: number | 'never') {
    setError(undefined);
    try {
      await setIdleMinutes(fromOption(value));
      message.success('自动锁定时间已保存。');
    } catch (failure) {
      setError(`自动锁定时间没有保存。${failureText(failure)}`);
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label="锁定口令">已设置（{new Date(setAt).toLocaleDateString('zh-CN')} 设置）：打开台账时要求输入</Descriptions.Item>
        <Descriptions.Item label="加密保存">党员的身份证号、电话</Descriptions.Item>
        <Descriptions.Item label="自动锁定">
          <Select<number | 'never'> aria-label="自动锁定" value={idleMinutes ?? 'never'} onChange={(value) => void changeIdle(value)} options={IDLE_OPTIONS} style={{ minWidth: 240 }} />
        </Descriptions.Item>
      </Descriptions>
      {error ? <Alert type="error" showIcon message={error} /> : null}
      <Space wrap>
        <Button onClick={() => lock('manual')}>立即锁定</Button>
        <Button onClick={() => setDialog('change')}>修改口令</Button>
        <Button danger onClick={() => setDialog('remove')}>
          取消锁定口令
        </Button>
      </Space>
      <Typography.Text type="secondary">{FORGOTTEN_PASSPHRASE_HEADLINE}</Typography.Text>
      {dialog ? <PassphraseDialog dialog={dialog} onClose={() => setDialog(null)} /> : null}
    </Space>
  );
}

/** 设置 → 锁定口令. */
export function AppLockCard() {
  const state = useLockStore((store) => store.state);
  return (
    <Card title="锁定口令">
      {state.status === 'unlocked' || state.status === 'locked' ? <LockSettings idleMinutes={state.record.idleMinutes} setAt={state.record.setAt} /> : <SetLockForm />}
    </Card>
  );
}
