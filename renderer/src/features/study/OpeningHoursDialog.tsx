import { App, InputNumber, Modal, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { formatHours, type MemberStudyRow, type StudyLedger } from '../../../../shared/study/study-ledger';
import { HOURS_STEP } from '../../../../shared/study/note-validation';
import { notebookRepository } from './data/notebook-repository';

interface OpeningHoursDialogProps {
  open: boolean;
  ledger: StudyLedger;
  branchId: string;
  onClose: () => void;
}

/**
 * 登记期初学时: a branch that starts using the app during the year types, per member, the
 * hours completed before it. They count in the ledger's total, shown apart as 期初, and the
 * history records them as such; a member left blank keeps no balance.
 */
export function OpeningHoursDialog({ open, ledger, branchId, onClose }: OpeningHoursDialogProps) {
  const { message } = App.useApp();
  const [values, setValues] = useState<Record<string, number | null>>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (open) setValues(Object.fromEntries(ledger.rows.map((row) => [row.member.id, row.opening ?? null])));
  }, [open, ledger]);

  async function save() {
    const changed = ledger.rows.filter((row) => (values[row.member.id] ?? null) !== (row.opening ?? null));
    setSaving(true);
    try {
      await notebookRepository.setOpeningHours(
        branchId,
        ledger.year,
        changed.map((row) => ({ memberId: row.member.id, hours: values[row.member.id] ?? null, name: row.member.name })),
      );
      message.success(changed.length === 0 ? '期初学时没有变化。' : `已保存 ${changed.length} 人的期初学时。`);
      onClose();
    } catch (error) {
      message.error(`保存失败，期初学时未作改动：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal open={open} title={`登记期初学时（${ledger.year}年）`} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={onClose} confirmLoading={saving} width={640} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        填写每人本年在开始使用本软件之前已完成的学时（可按原台账汇总填写）。期初学时计入合计，在台账中单列为“期初”，修改记录中注明“期初学时”。留空表示不登记。
      </Typography.Paragraph>
      <Table<MemberStudyRow>
        aria-label="期初学时"
        size="small"
        rowKey={(row) => row.member.id}
        dataSource={ledger.rows}
        pagination={false}
        scroll={{ y: 420 }}
        columns={[
          { title: '姓名', render: (_, row) => row.member.name, width: 100 },
          { title: '本软件中已记录', render: (_, row) => formatHours(row.total - (row.opening ?? 0)), width: 120 },
          {
            title: '期初学时',
            render: (_, row) => (
              <InputNumber
                aria-label={`${row.member.name}的期初学时`}
                min={0}
                step={HOURS_STEP}
                value={values[row.member.id] ?? null}
                onChange={(value) => setValues((current) => ({ ...current, [row.member.id]: value ?? null }))}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
