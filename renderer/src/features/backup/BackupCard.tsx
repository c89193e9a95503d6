import { Alert, App, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { formatBytes } from '../../../../shared/storage/storage-space';
import { getPlatform, type PlatformInfo } from '../../platform';
import { useBackupStatus, type DailyBackupState } from './backup-status';
import { backupBeforeRestore, type LocalBackupInfo } from './data/auto-backup';
import { BACKUP_FILTERS, backupRepository, type BackupPreview } from './data/backup-repository';
import { KeyImportButton } from './KeyImportButton';
import { RestorePreviewModal } from './RestorePreviewModal';
import { backupTableLabel } from './table-labels';

type ReadyPreview = Extract<BackupPreview, { status: 'ready' }>;

function dailyText(daily: DailyBackupState, encryptsNow: boolean | undefined): string {
  switch (daily.status) {
    case 'idle':
    case 'running':
      return '正在检查今天的自动备份…';
    case 'made':
      if (!daily.encrypted && encryptsNow) return '今天已自动备份（在登记之前生成，未加密）；此后的备份都会加密，如需现在就有一份加密备份，请点“立即备份”。';
      return `今天已自动备份（${daily.encrypted ? '已加密' : '未加密'}）。`;
    case 'not-due':
      return '今天已有自动备份。';
    case 'no-data':
      return '还没有登记任何数据：录入或导入第一批数据后会立即自动备份，此后每天一次。';
    case 'failed':
      return daily.message;
  }
}

function localTimeText(localTime: string): string {
  return localTime.replace('T', ' ');
}

/** 设置 → 数据备份与恢复: automatic backups, a backup to a chosen folder, restore with a preview. */
export function BackupCard() {
  const { message, modal } = App.useApp();
  const { daily, kept, location: backupsLocation, refresh } = useBackupStatus();
  const [encrypted, setEncrypted] = useState<boolean>();
  const [mode, setMode] = useState<PlatformInfo['mode']>();
  const [preview, setPreview] = useState<ReadyPreview>();
  const [busy, setBusy] = useState<'backup' | 'restore' | 'file' | 'local'>();

  useEffect(() => {
    void refresh();
    void backupRepository.willEncrypt().then(setEncrypted);
    void getPlatform().info().then((info) => setMode(info.mode), () => undefined);
  }, [refresh]);

  async function backupNow() {
    setBusy('backup');
    try {
      const made = await backupRepository.make();
      const saved = await getPlatform().saveFile(made.fileName, made.bytes, { title: '选择保存备份的文件夹（可选 U 盘）' });
      if (saved) message.success(`备份已保存：${saved.location}（${formatBytes(made.bytes.length)}${made.summary.encrypted ? '，已加密' : '，未加密'}）。`);
    } catch (error) {
      message.error(`备份没有保存：${(error as Error).message}`);
    } finally {
      setBusy(undefined);
    }
  }

  /** `from`: which button shows the wait (only that one: a spinner elsewhere would say the wrong thing). */
  async function open(from: 'file' | 'local', read: () => Promise<{ name: string; bytes: Uint8Array } | null>) {
    setBusy(from);
    try {
      const file = await read();
      if (!file) return;
      const result = await backupRepository.preview(file.bytes, file.name);
      if (result.status === 'refused') modal.error({ title: '不能用这个文件恢复', content: result.message, okText: '知道了' });
      else setPreview(result);
    } catch (error) {
      modal.error({ title: '无法读取备份文件', content: (error as Error).message, okText: '知道了' });
    } finally {
      setBusy(undefined);
    }
  }

  async function restore(ready: ReadyPreview) {
    setBusy('restore');
    try {
      try {
        await backupBeforeRestore(backupRepository, getPlatform().localBackups);
      } catch (error) {
        throw new Error(`恢复前未能先备份当前数据（${(error as Error).message}），为安全起见没有恢复。`);
      }
      const result = await backupRepository.restore(ready);
      setPreview(undefined);
      modal.success({
        title: '已从备份恢复',
        content: (
          <Space direction="vertical">
            <span>
              已恢复 {backupTableLabel('members')} {result.counts.members ?? 0} 条、{backupTableLabel('meetings')} {result.counts.meetings ?? 0} 条等全部数据。程序将重新载入。
            </span>
            {result.syncNote && <span>{result.syncNote}</span>}
          </Space>
        ),
        okText: '重新载入',
        onOk: () => window.location.reload(),
      });
    } catch (error) {
      setPreview(undefined);
      modal.error({ title: '没有恢复', content: `${(error as Error).message} 本机数据没有任何改动。`, okText: '知道了' });
    } finally {
      setBusy(undefined);
    }
  }

  const desktop = mode === 'desktop';
  return (
    <Card title="数据备份与恢复">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {encrypted === false && (
          <Alert
            type="warning"
            showIcon
            message="备份暂未加密"
            description="本机尚未登记，还没有密钥，所以备份文件是不加密的：请把它们当作党员名册一样妥善保管，不要随意拷贝。完成“数据交换”中的登记后，之后的备份都会自动用本机密钥加密。换了电脑要恢复原电脑的加密备份时，请先导入原电脑的密钥备份文件（.zbkey）。"
          />
        )}
        {encrypted && (
          <Alert
            type="info"
            showIcon
            message="备份已用本机密钥加密"
            description="备份只能在本机恢复。如果换了电脑或重装了系统，须先导入本机的密钥备份文件（.zbkey，登记时保存的）并输入备份口令，才能恢复这些备份：请把密钥备份文件和口令与备份分开妥善保管。"
          />
        )}
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="自动备份">每天第一次打开本程序时自动备份一次；保留最近 30 份，另保留近一年内每月 1 份。</Descriptions.Item>
          <Descriptions.Item label="保存位置">{backupsLocation ?? '…'}</Descriptions.Item>
          <Descriptions.Item label="今天">
            {daily.status === 'failed' ? <Typography.Text type="danger">{dailyText(daily, encrypted)}</Typography.Text> : dailyText(daily, encrypted)}
          </Descriptions.Item>
        </Descriptions>
        <Space wrap>
          <Button type="primary" loading={busy === 'backup'} disabled={busy !== undefined} onClick={() => void backupNow()}>
            {desktop ? '立即备份到文件夹…' : '立即备份（下载文件）'}
          </Button>
          <Button
            loading={busy === 'file'}
            disabled={busy !== undefined}
            onClick={() => void open('file', async () => getPlatform().openFile({ title: '选择备份文件', filters: BACKUP_FILTERS }))}
          >
            从备份文件恢复…
          </Button>
          {encrypted === false && <KeyImportButton onDone={() => void backupRepository.willEncrypt().then(setEncrypted)} />}
        </Space>
        <Table<LocalBackupInfo>
          size="small"
          rowKey="name"
          aria-label="自动备份"
          loading={kept === undefined}
          dataSource={[...(kept ?? [])].reverse()}
          pagination={{ pageSize: 8, hideOnSinglePage: true }}
          locale={{ emptyText: '还没有自动备份' }}
          columns={[
            {
              title: '自动备份时间',
              dataIndex: 'localTime',
              render: (time: string, row) => (
                <Space>
                  {localTimeText(time)}
                  {row.beforeRestore && <Tag>恢复前</Tag>}
                </Space>
              ),
            },
            { title: '大小', dataIndex: 'size', width: 110, render: (size: number) => formatBytes(size) },
            {
              title: '操作',
              width: 90,
              render: (_, row) => (
                <Button
                  size="small"
                  disabled={busy !== undefined}
                  onClick={() => void open('local', async () => ({ name: row.name, bytes: await getPlatform().localBackups.read(row.name) }))}
                >
                  恢复…
                </Button>
              ),
            },
          ]}
        />
      </Space>
      {preview && <RestorePreviewModal preview={preview} busy={busy === 'restore'} onConfirm={() => void restore(preview)} onCancel={() => setPreview(undefined)} />}
    </Card>
  );
}
