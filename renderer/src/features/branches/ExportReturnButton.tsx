import { App, Button } from 'antd';
import { useState } from 'react';
import type { PeerRow } from '../sync/data/sync-state';
import { describeCounts } from '../sync/data/package-files';
import { packageExporter } from '../sync/data/sync-repository';
import { describeSyncError } from '../sync/data/sync-state';
import { savePackage } from '../sync/save-package';

/** Central office: 导出回执 for one branch (acknowledgement with counts, reviews, rule set, notices). */
export function ExportReturnButton({ peer, type }: { peer: PeerRow; type?: 'primary' | 'default' }) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function exportReturn() {
    setBusy(true);
    try {
      const pkg = await packageExporter.centralReturn(peer.peerId);
      const saved = await savePackage(pkg, `选择保存“${peer.name}”回执的文件夹（U 盘）`);
      if (saved) {
        modal.success({
          title: `已导出“${peer.name}”的回执`,
          content: `${pkg.fileName}，保存在 ${saved.location}。确认收到第 1–${peer.receivedSeq} 号变更；下发 ${describeCounts(pkg.manifest.counts)}。${saved.verified ? '文件已读回校验无误。' : ''}请安全弹出 U 盘后再拔出。`,
        });
      }
    } catch (error) {
      message.error(describeSyncError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button size={type ? 'middle' : 'small'} type={type} loading={busy} disabled={!peer.publicKeys} onClick={() => void exportReturn()}>
      导出回执
    </Button>
  );
}
