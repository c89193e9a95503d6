import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { getPlatform } from '../../platform';
import { KEY_BACKUP_FILTERS, backupRepository } from './data/backup-repository';

/**
 * On a PC without keys: takes the old PC's keys from its .zbkey file and passphrase, so the
 * old PC's encrypted backups can be restored here (a new PC, a reinstalled system).
 */
export function KeyImportButton({ onDone }: { onDone(): void }) {
  const { message } = App.useApp();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array }>();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function pick() {
    const picked = await getPlatform().openFile({ title: '选择原电脑的密钥备份文件', filters: KEY_BACKUP_FILTERS });
    if (picked) {
      setFile(picked);
      setError(undefined);
    }
  }

  async function adopt() {
    if (!file) return;
    setBusy(true);
    try {
      await backupRepository.adoptKeyBackup(file.bytes, passphrase);
      message.success('已导入原电脑的密钥，现在可以恢复它加密的备份了。');
      setFile(undefined);
      onDone();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
      setPassphrase('');
    }
  }

  return (
    <>
      <Button onClick={() => void pick().catch((failure: Error) => message.error(failure.message))}>导入原电脑的密钥备份（.zbkey）…</Button>
      {file && (
        <Modal
          open
          title="导入原电脑的密钥"
          okText="导入密钥"
          cancelText="取消"
          okButtonProps={{ disabled: passphrase.length === 0, loading: busy }}
          onOk={() => void adopt()}
          onCancel={() => setFile(undefined)}
        >
          <Typography.Paragraph>
            文件：{file.name}。请输入登记时为它设置的备份口令。导入后，本机使用原电脑的密钥，可以恢复原电脑的加密备份，并继续以原支部的身份报送。
          </Typography.Paragraph>
          <Form layout="vertical" onFinish={() => void adopt()}>
            <Form.Item label="密钥备份口令" validateStatus={error ? 'error' : undefined} help={error}>
              <Input.Password value={passphrase} onChange={(event) => setPassphrase(event.target.value)} aria-label="密钥备份口令" autoFocus />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
