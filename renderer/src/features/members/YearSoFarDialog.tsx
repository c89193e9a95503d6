import { Alert, App, Space, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { canConfirmYearSoFar } from '../../../../shared/roster/year-so-far-import';
import { ErrorRowsAlert, ImportModal, ImportPreviewTable, RefusedSheet } from './ImportPreviewParts';
import type { YearSoFarPreview } from './excel/year-so-far-flow';

const OUTCOMES = {
  import: { label: '导入', color: 'green' },
  unchanged: { label: '无变化', color: 'default' },
  error: { label: '有错误', color: 'red' },
} as const;

interface YearSoFarDialogProps {
  preview: YearSoFarPreview | undefined;
  onConfirm: (preview: Extract<YearSoFarPreview, { ok: true }>) => Promise<void>;
  onClose: () => void;
  onDownloadTemplate: () => void;
}

/** The year so far's preview (期初学时, 党费已交至): nothing is stored until 确认导入, and then all of it at once. */
export function YearSoFarDialog({ preview, onConfirm, onClose, onDownloadTemplate }: YearSoFarDialogProps) {
  const { message } = App.useApp();
  const [skipErrorRows, setSkipErrorRows] = useState(false);
  const [writing, setWriting] = useState(false);
  useEffect(() => setSkipErrorRows(false), [preview]);
  const shown = preview?.ok ? preview : undefined;

  async function confirm() {
    if (!shown) return;
    setWriting(true);
    try {
      await onConfirm(shown);
      const { openingHours, duesWrites } = shown.plan;
      message.success(`导入完成：期初学时 ${openingHours.length} 人，期初党费 ${duesWrites.length} 人。`);
      onClose();
    } catch (error) {
      message.error(`导入失败，学时和党费均未作任何改动：${(error as Error).message}`);
    } finally {
      setWriting(false);
    }
  }

  return (
    <ImportModal
      open={preview !== undefined}
      title={`导入本年学时和党费：${preview?.fileName ?? ''}`}
      canConfirm={!!shown && canConfirmYearSoFar(shown.plan, skipErrorRows)}
      writing={writing}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      {preview && !preview.ok && (
        <RefusedSheet
          problems={preview.problems}
          {...(preview.report ? { report: preview.report } : {})}
          onDownloadTemplate={onDownloadTemplate}
          templateLabel="下载填写表"
          templateNote="填写表已列出本支部人员，只需填写期初学时、党费交至几月和已交金额。"
        />
      )}
      {shown && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            期初学时计入{shown.year}年学时台账（单列为“期初”）；党费按原台账登记为“期初已交”的月份。本软件中已有记录的月份保持不变，修改记录中注明“期初”。
          </Typography.Paragraph>
          <Space size="large">
            <Statistic title="表中人员" value={shown.plan.summary.rows} />
            <Statistic title="导入" value={shown.plan.summary.imports} valueStyle={{ color: '#389e0d' }} />
            <Statistic title="无变化" value={shown.plan.summary.unchanged} />
            <Statistic title="有错误" value={shown.plan.summary.errors} valueStyle={{ color: shown.plan.summary.errors ? '#cf1322' : undefined }} />
          </Space>
          {shown.notices.map((notice) => <Alert key={notice} type="info" showIcon message={notice} />)}
          <ErrorRowsAlert count={shown.plan.summary.errors} skip={skipErrorRows} onSkipChange={setSkipErrorRows} />
          <ImportPreviewTable rows={shown.plan.rows} outcomes={OUTCOMES} />
        </Space>
      )}
    </ImportModal>
  );
}
