import { App, Button, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { ItemEvidence } from '../../../../shared/assessment/assessment-records';
import { AttachmentsEditor } from '../meetings';
import { reportRepository, type ReportPart } from './data/report-repository';

interface EvidenceEditorProps {
  branchId: string;
  period: string;
  /** The report's id once it exists: files are stored under it. */
  reportId?: string;
  part: ReportPart;
  evidence: ItemEvidence;
  label: string;
  rows?: number;
}

/** Text and files of one part of the branch's report (an item's 佐证材料, or the 书记述职), saved on 保存. */
export function EvidenceEditor({ branchId, period, reportId, part, evidence, label, rows = 4 }: EvidenceEditorProps) {
  const { message } = App.useApp();
  const [text, setText] = useState(evidence.text);
  const [saving, setSaving] = useState(false);
  const [id, setId] = useState(reportId);
  useEffect(() => setText(evidence.text), [evidence.text]);
  useEffect(() => setId(reportId), [reportId]);

  async function save() {
    setSaving(true);
    try {
      await reportRepository.saveText(branchId, period, part, text);
      message.success(`${label}已保存。`);
    } catch (error) {
      message.error(`${label}未保存：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  async function setFiles(ids: string[]) {
    try {
      await reportRepository.setFiles(branchId, period, part, ids);
    } catch (error) {
      message.error(`附件未保存：${(error as Error).message}`);
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input.TextArea aria-label={label} rows={rows} value={text} onChange={(event) => setText(event.target.value)} placeholder="写明做了什么、取得什么成效，可附照片或扫描件。" />
      <Button type="primary" loading={saving} disabled={text.trim() === evidence.text} onClick={() => void save()}>
        保存{label}
      </Button>
      {id ? (
        // Evidence is mostly photos (an activity, a banner); the kind can still be changed. Not 签到表, the meetings’ default.
        <AttachmentsEditor branchId={branchId} meetingId={id} value={evidence.attachmentIds} onChange={(ids) => void setFiles(ids)} defaultKind="photo" />
      ) : (
        <Button onClick={() => void reportRepository.ensure(branchId, period).then((report) => setId(report.id))}>添加附件…</Button>
      )}
    </Space>
  );
}
