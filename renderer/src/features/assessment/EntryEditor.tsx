import { App, Button, Checkbox, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import type { ItemEntry } from '../../../../shared/assessment/score-sheet';
import { REPORT_GRADE_LABELS, REPORT_GRADES, type AssessmentItem, type AssessmentScheme, type ReportGrade } from '../../../../shared/assessment/scheme-types';
import { resultRepository } from './data/result-repository';

const GRADE_OPTIONS = REPORT_GRADES.map((grade) => ({ value: grade, label: REPORT_GRADE_LABELS[grade] }));

interface EntryEditorProps {
  branchId: string;
  branchName: string;
  period: string;
  scheme: AssessmentScheme;
  item: AssessmentItem;
  entry?: ItemEntry;
}

/** The office's entry for one item of one branch: points, a 述职 grade or a veto mark, each with a note. */
export function EntryEditor({ branchId, branchName, period, scheme, item, entry }: EntryEditorProps) {
  const { message } = App.useApp();
  const [points, setPoints] = useState<number | null>(entry?.points ?? null);
  const [grade, setGrade] = useState<ReportGrade | undefined>(entry?.grade);
  const [triggered, setTriggered] = useState(entry?.triggered ?? false);
  const [note, setNote] = useState(entry?.note ?? '');
  const kind = item.scoring.kind;
  const label = `${branchName}“${item.title}”`;

  async function save() {
    const next: ItemEntry = { note, ...(points !== null ? { points } : {}), ...(grade ? { grade } : {}), ...(kind === 'veto' ? { triggered } : {}) };
    try {
      await resultRepository.saveEntry(branchId, period, scheme, item, next);
      message.success(`${label}已保存。`);
    } catch (error) {
      message.error(`${label}未保存：${(error as Error).message}`);
    }
  }

  return (
    <Space wrap>
      {(kind === 'manual' || kind === 'deduction') && (
        <InputNumber aria-label={`${label}${kind === 'deduction' ? '扣分' : '得分'}`} value={points} onChange={(value) => setPoints(value)} step={0.5} style={{ width: 100 }} addonAfter="分" />
      )}
      {kind === 'reportGrade' && <Select aria-label={`${label}评议等次`} value={grade} onChange={setGrade} options={GRADE_OPTIONS} placeholder="评议等次" style={{ width: 110 }} />}
      {kind === 'veto' && (
        <Checkbox aria-label={`${label}一票否决`} checked={triggered} onChange={(event) => setTriggered(event.target.checked)}>
          一票否决
        </Checkbox>
      )}
      <Input aria-label={`${label}说明`} value={note} onChange={(event) => setNote(event.target.value)} placeholder={kind === 'deduction' || kind === 'veto' ? '事由（必填）' : '评分说明'} style={{ width: 200 }} />
      <Button onClick={() => void save()}>保存</Button>
    </Space>
  );
}
