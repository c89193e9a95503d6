import { App, Button } from 'antd';
import { useState } from 'react';
import { describeCounts, describeSyncError, packageExporter, type PeerRow, savePackage } from '../sync';

interface ExportReturnButtonProps {
  peer: PeerRow;
  type?: 'primary' | 'default';
  /**
   * 重新生成全部回执: every review and notice ever sent to the branch again, for when the
   * branch reports a return package missing (a lost stick). The branch skips what it has.
   */
  resendAll?: boolean;
}

/** Central office: 导出回执 for one branch (acknowledgement with counts, reviews, rule set, notices). */
export function ExportReturnButton({ peer, type, resendAll = false }: ExportReturnButtonProps) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function exportReturn() {
    setBusy(true);
    try {
      const pkg = await packageExporter.centralReturn(peer.peerId, { resendAll });
      const saved = await savePackage(pkg, `选择保存“${peer.name}”回执的文件夹（U 盘）`);
      if (saved) {
        const sent = resendAll ? `重新下发全部 ${describeCounts(pkg.manifest.counts)}（支部已有的会自动跳过）` : `下发 ${describeCounts(pkg.manifest.counts)}`;
        modal.success({
          title: `已导出“${peer.name}”的回执`,
          content: `${pkg.fileName}，保存在 ${saved.location}。确认收到第 1–${peer.receivedSeq} 号变更；${sent}。${saved.verified ? '文件已读回校验无误。' : ''}请安全弹出 U 盘后再拔出。`,
        });
      }
    } catch (error) {
      message.error(describeSyncError(error));
    } finally {
      setBusy(false);
    }
  }

  function confirmResend() {
    modal.confirm({
      title: `重新生成“${peer.name}”的全部回执？`,
      content: '支部报告缺少回执（之前的回执丢失或未导入）时使用：新的回执包含此前下发给该支部的全部审阅意见和通知，支部导入后即可补齐，已有的内容不会重复。',
      okText: '重新生成',
      cancelText: '取消',
      onOk: () => void exportReturn(),
    });
  }

  return (
    <Button size={type ? 'middle' : 'small'} type={type} loading={busy} disabled={!peer.publicKeys} onClick={() => (resendAll ? confirmResend() : void exportReturn())}>
      {resendAll ? '重新生成全部回执' : '导出回执'}
    </Button>
  );
}
