import { Alert, App, Checkbox, Space, Statistic } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { RosterImportPlan } from '../../../../shared/roster/roster-import';
import { canConfirmImport, type RosterPreview } from './excel/roster-import-flow';
import { ErrorRowsAlert, ImportModal, ImportPreviewTable, RefusedSheet, type PreviewRow as ImportPreviewRow } from './ImportPreviewParts';

type PreviewRow = ImportPreviewRow<'add' | 'update' | 'unchanged' | 'error'>;

const OUTCOMES = {
  add: { label: '新增', color: 'green' },
  update: { label: '更新', color: 'blue' },
  unchanged: { label: '无变化', color: 'default' },
  error: { label: '有错误', color: 'red' },
} as const;

function previewRows(plan: RosterImportPlan): PreviewRow[] {
  return [
    ...plan.errorRows.map((row) => ({
      rowNumber: row.rowNumber,
      name: row.label || '（未填姓名）',
      outcome: 'error' as const,
      details: row.errors.map((error) => `第 ${row.rowNumber} 行「${error.column}」：${error.message}`),
    })),
    ...plan.adds.map((add) => ({ rowNumber: add.rowNumber, name: add.input.name, outcome: 'add' as const, details: [] })),
    ...plan.updates.map((update) => ({
      rowNumber: update.rowNumber,
      name: update.existing.name,
      outcome: 'update' as const,
      details: update.changes.map((change) => `${change.column}：${change.before || '（空）'} → ${change.after || '（空）'}`),
    })),
    ...plan.unchangedRows.map((row) => ({ rowNumber: row.rowNumber, name: row.existing.name, outcome: 'unchanged' as const, details: [] })),
  ].sort((a, b) => a.rowNumber - b.rowNumber);
}

interface ImportRosterDialogProps {
  preview: RosterPreview | undefined;
  /** Resolves with the committee seats the import linked, e.g. 书记王建国. */
  onConfirm: (plan: RosterImportPlan, createGroups: boolean) => Promise<string[]>;
  onClose: () => void;
  onDownloadTemplate: () => void;
}

/** The roster import's preview: nothing is stored until 确认导入. */
export function ImportRosterDialog({ preview, onConfirm, onClose, onDownloadTemplate }: ImportRosterDialogProps) {
  const { message } = App.useApp();
  const [skipErrorRows, setSkipErrorRows] = useState(false);
  const [createGroups, setCreateGroups] = useState(true);
  const [writing, setWriting] = useState(false);
  useEffect(() => {
    setSkipErrorRows(false);
    setCreateGroups(true);
  }, [preview]);

  const plan = preview?.ok ? preview.plan : undefined;
  const rows = useMemo(() => (plan ? previewRows(plan) : []), [plan]);

  async function confirm() {
    if (!plan) return;
    setWriting(true);
    try {
      const linked = await onConfirm(plan, createGroups);
      const groups = createGroups && plan.newPartyGroups.length > 0 ? `，新建党小组 ${plan.newPartyGroups.length} 个` : '';
      const seats = linked.length > 0 ? `；支部委员会已关联：${linked.join('、')}` : '';
      message.success(`导入完成：新增 ${plan.adds.length} 人，更新 ${plan.updates.length} 人${groups}${seats}。`);
      onClose();
    } catch (error) {
      message.error(`导入失败，名册未作任何改动：${(error as Error).message}`);
    } finally {
      setWriting(false);
    }
  }

  return (
    <ImportModal
      open={preview !== undefined}
      title={`导入党员名册：${preview?.fileName ?? ''}`}
      canConfirm={!!plan && canConfirmImport(plan, skipErrorRows)}
      writing={writing}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      {preview && !preview.ok && (
        <RefusedSheet
          problems={preview.problems}
          {...(preview.report ? { report: preview.report } : {})}
          onDownloadTemplate={onDownloadTemplate}
          templateLabel="下载导入模板"
          templateNote="模板的“填写说明”工作表列出每一列的写法。"
        />
      )}
      {plan && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space size="large">
            <Statistic title="表中人员" value={plan.summary.rows} />
            <Statistic title="新增" value={plan.summary.adds} valueStyle={{ color: '#389e0d' }} />
            <Statistic title="更新" value={plan.summary.updates} valueStyle={{ color: '#0958d9' }} />
            <Statistic title="无变化" value={plan.summary.unchanged} />
            <Statistic title="有错误" value={plan.summary.errors} valueStyle={{ color: plan.summary.errors ? '#cf1322' : undefined }} />
          </Space>
          {preview?.ok && preview.notices.map((notice) => <Alert key={notice} type="info" showIcon message={notice} />)}
          {plan.newPartyGroups.length > 0 && (
            <Alert
              type="info"
              showIcon
              message={`表中有本支部还没有的党小组：${plan.newPartyGroups.map((group) => group.name).join('、')}。`}
              description={createGroups ? '确认导入时会一并在“支部信息”中新建这些党小组。' : '这些党小组不会新建，其中的人员将以“未分组”导入。'}
              action={
                <Checkbox checked={createGroups} onChange={(event) => setCreateGroups(event.target.checked)}>
                  同时新建这些党小组
                </Checkbox>
              }
            />
          )}
          <ErrorRowsAlert count={plan.errorRows.length} skip={skipErrorRows} onSkipChange={setSkipErrorRows} />
          <ImportPreviewTable rows={rows} outcomes={OUTCOMES} />
        </Space>
      )}
    </ImportModal>
  );
}
