import { Alert, Button, Checkbox, Modal, Spin, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { HeaderReport } from '../../../../shared/roster/roster-recognition';
import { RosterHeaderReport } from './RosterHeaderReport';

/** One row of an Excel import's preview: the sheet's row, who it is about, what happens to it and why. */
export interface PreviewRow<O extends string> {
  rowNumber: number;
  name: string;
  outcome: O;
  details: string[];
}

/** The preview table of an Excel import (roster, year so far): error rows say why in red. */
export function ImportPreviewTable<O extends string>({ rows, outcomes }: { rows: PreviewRow<O>[]; outcomes: Record<O, { label: string; color: string }> }) {
  return (
    <Table<PreviewRow<O>>
      rowKey="rowNumber"
      size="small"
      dataSource={rows}
      pagination={{ pageSize: 100, hideOnSinglePage: true }}
      scroll={{ y: 360 }}
      aria-label="导入预览"
      columns={[
        { title: 'Excel 行', dataIndex: 'rowNumber', width: 80 },
        { title: '姓名', dataIndex: 'name', width: 100 },
        { title: '结果', dataIndex: 'outcome', width: 90, render: (outcome: O) => <Tag color={outcomes[outcome].color}>{outcomes[outcome].label}</Tag> },
        {
          title: '说明',
          dataIndex: 'details',
          render: (details: string[], row) => <Typography.Text type={row.outcome === 'error' ? 'danger' : undefined}>{details.join('；')}</Typography.Text>,
        },
      ]}
    />
  );
}

/** Rows in error block the import until the secretary chooses to leave them out. */
export function ErrorRowsAlert({ count, skip, onSkipChange }: { count: number; skip: boolean; onSkipChange: (skip: boolean) => void }) {
  if (count === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      message={`有 ${count} 行存在错误。可以在 Excel 中改正后重新导入，或只导入没有错误的行。`}
      action={
        <Checkbox checked={skip} onChange={(event) => onSkipChange(event.target.checked)}>
          仅导入没有错误的行
        </Checkbox>
      }
    />
  );
}

/** A sheet that cannot be imported at all: why, what its header was read as, and the template. */
export function RefusedSheet({ problems, report, onDownloadTemplate, templateLabel, templateNote }: {
  problems: string[];
  report?: HeaderReport;
  onDownloadTemplate: () => void;
  templateLabel: string;
  templateNote: string;
}) {
  return (
    <>
      <Alert type="error" showIcon message="无法导入该文件，没有保存任何内容" description={<ul className="plain-list">{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />
      {report ? (
        <RosterHeaderReport report={report} onDownloadTemplate={onDownloadTemplate} templateLabel={templateLabel} templateNote={templateNote} />
      ) : (
        <Button style={{ marginTop: 12 }} onClick={onDownloadTemplate}>
          {templateLabel}
        </Button>
      )}
    </>
  );
}

/** The dialog of an Excel import's preview: 确认导入 only when allowed, not closable while writing. */
export function ImportModal({ open, title, canConfirm, writing, onConfirm, onClose, children }: {
  open: boolean;
  title: string;
  canConfirm: boolean;
  writing: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal
      open={open}
      title={title}
      width={960}
      okText="确认导入"
      cancelText="取消"
      onOk={onConfirm}
      onCancel={writing ? undefined : onClose}
      okButtonProps={{ disabled: !canConfirm, loading: writing }}
      destroyOnHidden
      maskClosable={false}
    >
      <Spin spinning={writing} tip="正在写入，请勿关闭程序…">
        {children}
      </Spin>
    </Modal>
  );
}
