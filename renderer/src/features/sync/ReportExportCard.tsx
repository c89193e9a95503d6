import { Alert, App, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import type { PackageManifest } from '../../../../shared/sync/types';
import { CountCheck } from './CountCheck';
import { describeCounts } from './data/package-files';
import { packageExporter, type BranchSyncStatus } from './data/sync-repository';
import { describeSyncError } from './data/sync-state';
import { savePackage, type SavedPackage } from './save-package';

interface Exported {
  manifest: PackageManifest;
  fileName: string;
  saved: SavedPackage;
}

/** Branch: 导出报送包 — everything the central office has not acknowledged, to a USB stick. */
export function ReportExportCard({ status }: { status: BranchSyncStatus }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState<Exported | null>(null);
  const { central } = status;

  async function exportReport() {
    setBusy(true);
    try {
      const pkg = await packageExporter.branchReport();
      const saved = await savePackage(pkg, '选择保存报送包的文件夹（U 盘）');
      if (saved) setExported({ manifest: pkg.manifest, fileName: pkg.fileName, saved });
    } catch (error) {
      message.error(describeSyncError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title="导出报送包">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Descriptions column={2} size="small" bordered>
          <Descriptions.Item label="尚未确认送达">
            <span data-testid="unacknowledged">{status.unacknowledged}</span> 条变更
          </Descriptions.Item>
          <Descriptions.Item label="院党委已确认收到">{central && central.ackedSeq > 0 ? `第 1–${central.ackedSeq} 号变更` : '尚无回执'}</Descriptions.Item>
          <Descriptions.Item label="上次导出">{status.lastExport ? `${new Date(status.lastExport.at).toLocaleString('zh-CN')}（${status.lastExport.fileName}）` : '从未导出'}</Descriptions.Item>
        </Descriptions>
        {status.counts && <CountCheck counts={status.counts} />}
        {central?.skewWarning && <Alert type="warning" showIcon message={central.skewWarning} />}
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          报送包包含所有尚未被院党委确认收到的变更（不仅是上次导出后的新变更），U 盘丢失也不会漏报。只有导入院党委的回执后，变更才算送达。
        </Typography.Paragraph>
        <Button type="primary" loading={busy} onClick={() => void exportReport()}>
          导出报送包
        </Button>
        {exported && (
          <Alert
            type="success"
            showIcon
            data-testid="export-result"
            message={`已导出报送包：${exported.fileName}`}
            description={
              <>
                <div>保存位置：{exported.saved.location}</div>
                <div>
                  内容：{exported.manifest.seqTo >= exported.manifest.seqFrom ? `第 ${exported.manifest.seqFrom}–${exported.manifest.seqTo} 号变更，` : '没有新的变更，'}
                  {describeCounts(exported.manifest.counts)}；附件 {exported.manifest.attachmentCount} 个。
                </div>
                <div>{exported.saved.verified ? '文件已从 U 盘读回并校验无误。' : '文件已交给浏览器下载。'}请在系统中“安全弹出” U 盘后再拔出。</div>
              </>
            }
          />
        )}
      </Space>
    </Card>
  );
}
