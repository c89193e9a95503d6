import { Alert, Button, Card, Progress, Space } from 'antd';
import { PackagePreviewCard } from './PackagePreviewCard';
import { usePackageImport } from './use-package-import';

interface ImportPanelProps {
  title: string;
  pickOneLabel: string;
  /** Offered on the central office PC: every package in a folder (browser mode: several files at once). */
  pickManyLabel?: string;
  extra?: React.ReactNode;
}

/** Choose packages, see what each would do, then import: the same steps on both kinds of PC. */
export function ImportPanel({ title, pickOneLabel, pickManyLabel, extra }: ImportPanelProps) {
  const flow = usePackageImport();
  const pending = flow.entries.filter((entry) => entry.preview.status === 'ready' && !entry.outcome).length;
  const busy = flow.progress !== null;

  return (
    <Card title={title} extra={extra}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Button type="primary" disabled={busy} onClick={() => void flow.pickOne(pickOneLabel)}>
            {pickOneLabel}
          </Button>
          {pickManyLabel && (
            <Button disabled={busy} onClick={() => void flow.pickMany(pickManyLabel)}>
              {pickManyLabel}
            </Button>
          )}
        </Space>
        {flow.progress && (
          <div data-testid="import-progress">
            <Progress percent={Math.round((flow.progress.done / Math.max(1, flow.progress.total)) * 100)} />
            <Space>
              {flow.progress.label}
              {flow.progress.cancellable && <Button size="small" onClick={flow.cancel}>停止导入</Button>}
            </Space>
          </div>
        )}
        {flow.summary && <Alert type={flow.summary.type} showIcon message={flow.summary.message} />}
        {flow.entries.length > 0 && (
          <Alert
            type="info"
            message={pending > 0 ? `已校验 ${flow.entries.length} 个数据包，尚未写入任何记录。请核对下列内容后点击“确认导入”。` : '处理完毕。'}
            action={
              <Space>
                {pending > 0 && (
                  <Button type="primary" disabled={busy} onClick={() => void flow.applyReady()}>
                    确认导入{pending > 1 ? `（${pending} 个）` : ''}
                  </Button>
                )}
                <Button disabled={busy} onClick={flow.clear}>
                  {pending > 0 ? '取消' : '关闭'}
                </Button>
              </Space>
            }
          />
        )}
        {flow.entries.map((entry, index) => (
          <PackagePreviewCard
            key={`${entry.preview.fileName}-${index}`}
            preview={entry.preview}
            massDeleteConfirmed={entry.massDeleteConfirmed}
            onConfirmMassDelete={(confirmed) => flow.confirmMassDelete(index, confirmed)}
            outcome={entry.outcome}
          />
        ))}
      </Space>
    </Card>
  );
}
