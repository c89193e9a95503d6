import { App, Button } from 'antd';
import { getPlatform } from '../../platform';
import { keyBackupFile } from './data/enrolment-repository';
import { keysRepository } from './data/sync-repository';

/** Saves this PC's key backup (private keys encrypted under the passphrase chosen when they were made). */
export function KeyBackupButton({ ownerName }: { ownerName: string }) {
  const { message } = App.useApp();

  async function save() {
    const backup = await keysRepository.backup();
    if (!backup) {
      message.error('本机还没有密钥。');
      return;
    }
    const file = keyBackupFile(backup, ownerName);
    const saved = await getPlatform().saveFile(file.fileName, file.bytes, { title: '保存密钥备份文件' });
    if (saved) message.success(`密钥备份已保存：${saved.location}。请把它和备份口令分开妥善保管。`);
  }

  return <Button onClick={() => void save().catch((error: Error) => message.error(error.message))}>保存密钥备份文件</Button>;
}
