import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { AppLockError } from '../../../shared/lock/app-lock';
import { FORGOTTEN_PASSPHRASE_HEADLINE, FORGOTTEN_PASSPHRASE_STEPS } from '../core/lock/forgotten-passphrase';
import { useLockStore, type LockReason } from '../core/lock/lock-store';

/** What the app shows while it is locked: the passphrase, why it is asked, and what to do if it is forgotten. */
export function LockScreen({ reason, idleMinutes, unitName }: { reason: LockReason; idleMinutes: number | null; unitName?: string }) {
  const unlock = useLockStore((store) => store.unlock);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!passphrase) {
      setError('请输入锁定口令。');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await unlock(passphrase);
    } catch (failure) {
      setError(failure instanceof AppLockError ? failure.message : `无法解锁：${(failure as Error)?.message ?? String(failure)}`);
      setPassphrase('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="lock-screen-title">
      <Card className="lock-screen-card">
        <div className="lock-screen-head">
          <LockOutlined className="lock-screen-icon" />
          <Typography.Title level={3} id="lock-screen-title">
            支部工作台账已锁定
          </Typography.Title>
          {unitName ? <Typography.Text type="secondary">{unitName}</Typography.Text> : null}
        </div>
        <Typography.Paragraph>
          {reason === 'idle' && idleMinutes !== null ? `已有 ${idleMinutes} 分钟无人操作，台账已自动锁定。` : reason === 'manual' ? '台账已锁定。' : '本机台账设置了锁定口令。'}
          请输入锁定口令后继续使用。
        </Typography.Paragraph>
        <Form layout="vertical" onFinish={() => void submit()}>
          <Form.Item label="锁定口令" validateStatus={error ? 'error' : undefined}>
            <Input.Password
              autoFocus
              aria-label="锁定口令"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              autoComplete="current-password"
            />
          </Form.Item>
          {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
          <Button type="primary" htmlType="submit" block loading={busy}>
            解锁
          </Button>
        </Form>
        <Collapse
          ghost
          style={{ marginTop: 16 }}
          items={[
            {
              key: 'forgotten',
              label: '忘记口令怎么办？',
              children: (
                <>
                  <Typography.Paragraph strong>{FORGOTTEN_PASSPHRASE_HEADLINE}</Typography.Paragraph>
                  {FORGOTTEN_PASSPHRASE_STEPS.map((step) => (
                    <Typography.Paragraph key={step}>{step}</Typography.Paragraph>
                  ))}
                </>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
