import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { getPlatform } from '../platform';

/**
 * Above a print view and hidden in print: the desktop app saves a PDF through the bridge,
 * browser mode opens the browser's print dialog.
 */
export function PrintToolbar({ suggestedName, onBack, landscape = false }: { suggestedName: string; onBack: () => void; landscape?: boolean }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function print() {
    setBusy(true);
    try {
      const saved = await getPlatform().printCurrentView(suggestedName, { landscape });
      if (saved) message.success(`已保存 PDF：${saved.location}`);
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space className="no-print print-toolbar">
      <Button onClick={onBack}>返回</Button>
      <Button type="primary" icon={<PrinterOutlined />} loading={busy} onClick={() => void print()}>
        打印 / 导出 PDF
      </Button>
      <Typography.Text type="secondary">A4 {landscape ? '横向' : '纵向'}；打印时不显示本工具栏和左侧菜单。</Typography.Text>
    </Space>
  );
}
