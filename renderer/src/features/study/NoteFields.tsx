import { AutoComplete, Button, Col, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { formatHours } from '../../../../shared/study/study-ledger';
import { FormField } from '../../shell/FormField';
import { FORM_OPTIONS, KIND_OPTIONS } from './note-options';

interface NoteFieldsProps {
  /** Titles used before, most recent first, offered as the secretary types. */
  materials: readonly string[];
  fullDayHours: number;
  halfDayHours: number;
}

/**
 * The fields of a note, in the order a secretary reads them off a notebook page. Tab
 * moves through them; submitOnEnter (below) makes Enter save from any one-line field.
 */
export function NoteFields({ materials, fullDayHours, halfDayHours }: NoteFieldsProps) {
  const form = Form.useFormInstance();
  return (
    <>
      <FormField name="date" label="学习日期" span={6} required>
        <Input aria-label="学习日期" placeholder="YYYY-MM-DD" autoComplete="off" />
      </FormField>
      <FormField name="materialTitle" label="学习材料" span={18} required>
        <AutoComplete
          aria-label="学习材料"
          options={materials.map((title) => ({ value: title }))}
          // The title already typed is no suggestion: a list holding only it would cover the fields below.
          filterOption={(input, option) => String(option?.value ?? '').includes(input) && option?.value !== input}
          placeholder="如：党的二十届四中全会精神"
        />
      </FormField>
      <FormField name="kind" label="材料类别" span={6} required>
        <Select aria-label="材料类别" options={KIND_OPTIONS} />
      </FormField>
      <FormField name="form" label="学习形式" span={6} required>
        <Select aria-label="学习形式" options={FORM_OPTIONS} />
      </FormField>
      <Col span={12}>
        <Form.Item label="学时" required tooltip={`集中培训 1 天折算 ${fullDayHours} 学时，半天 ${halfDayHours} 学时，其余按实际时长（半小时为单位）。`}>
        <Space.Compact>
          <Form.Item name="hours" noStyle>
            <InputNumber aria-label="学时" min={0.5} step={0.5} style={{ width: 110 }} />
          </Form.Item>
          <Button tabIndex={-1} onClick={() => form.setFieldValue('hours', halfDayHours)}>
            半天 {formatHours(halfDayHours)}
          </Button>
          <Button tabIndex={-1} onClick={() => form.setFieldValue('hours', fullDayHours)}>
            全天 {formatHours(fullDayHours)}
          </Button>
        </Space.Compact>
        </Form.Item>
      </Col>
      <FormField name="text" label="笔记内容（可不填；Ctrl+Enter 保存）" span={24}>
        <Input.TextArea aria-label="笔记内容" autoSize={{ minRows: 3, maxRows: 12 }} />
      </FormField>
      <Typography.Text type="secondary" className="study-entry-hint">
        Tab 切换字段，Enter 保存；学习材料、日期、类别、学时和形式保留到下一条。
      </Typography.Text>
    </>
  );
}

/**
 * For the form's wrapper: Enter saves from a one-line field whose option list is closed
 * (an open list takes Enter to pick), Ctrl+Enter from the note's text, where Enter is a
 * new line. The browser's own submit-on-Enter is stopped so that a note is saved once.
 */
export function submitOnEnter(submit: () => void) {
  return (event: React.KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    const inText = target.tagName === 'TEXTAREA';
    if (inText && !(event.ctrlKey || event.metaKey)) return;
    if (target.getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    submit();
  };
}
