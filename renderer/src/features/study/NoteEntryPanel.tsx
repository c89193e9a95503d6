import { CameraOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Row, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { StudyNoteInput } from '../../../../shared/study/study-types';
import { getPlatform } from '../../platform';
import { FormField } from '../../shell/FormField';
import { useActiveRules } from '../../core/rules/active-rules';
import { notebookRepository } from './data/notebook-repository';
import { useLastEntry, type EntryDefaults } from './last-entry-store';
import { NoteFields, submitOnEnter } from './NoteFields';
import type { StudyData } from './use-study';

const PHOTO_FILTERS = [{ name: '图片或 PDF', extensions: ['jpg', 'jpeg', 'png', 'webp', 'pdf'] }];

interface EntryValues extends EntryDefaults {
  memberIds: string[];
  text: string;
}

type SelectHandle = { focus: () => void };

/**
 * In a multiple select with its list open, Tab would pick the highlighted name again —
 * and so remove a name just chosen. Stopped here, Tab only moves on to the date (the
 * list closes as the field loses focus), as a secretary typing names expects.
 */
function keepTabForFocus(event: React.KeyboardEvent<HTMLInputElement>) {
  if (event.key === 'Tab' && event.currentTarget.getAttribute('aria-expanded') === 'true') event.stopPropagation();
}

/** Distinct material titles of the year's notes, most recent note first. */
function recentMaterials(data: StudyData, year: number): string[] {
  const notes = data.notebooks.filter((book) => book.year === year).flatMap((book) => Object.values(book.notes));
  notes.sort((a, b) => b.date.localeCompare(a.date));
  return [...new Set(notes.map((note) => note.materialTitle))];
}

/**
 * 登记学习笔记, keyboard first: pick one member or many (batch entry of one material),
 * Tab through the note, Enter saves. The material, date, kind, hours and form stay for
 * the next note and focus returns to the member field, so twenty notebooks are typed
 * without touching the mouse.
 */
export function NoteEntryPanel({ data, year }: { data: StudyData; year: number }) {
  const { message } = App.useApp();
  const { ruleSet } = useActiveRules();
  const study = ruleSet.rules.study;
  const [form] = Form.useForm<EntryValues>();
  const { last, remember } = useLastEntry();
  const memberField = useRef<SelectHandle>(null);
  const [saving, setSaving] = useState(false);
  const [photo, setPhoto] = useState<{ id: string; fileName: string }>();
  const memberIds = Form.useWatch('memberIds', form) ?? [];
  // Read once per visit: an option list that changes under a field that has lost focus (the
  // material just saved joining it) made the list reopen over the fields below.
  const [materials] = useState(() => recentMaterials(data, year));
  const options = useMemo(() => data.ledger.rows.map((row) => ({ value: row.member.id, label: row.member.name })), [data.ledger.rows]);
  const names = useMemo(() => new Map(options.map((option) => [option.value, option.label])), [options]);

  const initial: EntryValues = {
    memberIds: [],
    text: '',
    date: last?.date ?? data.today,
    materialTitle: last?.materialTitle ?? '',
    kind: last?.kind ?? 'documents',
    hours: last?.hours ?? 1,
    // A material entered for many members is most often a collective session.
    form: last?.form ?? 'collective',
  };

  useEffect(() => memberField.current?.focus(), []);

  async function attachPhoto() {
    const [memberId] = memberIds;
    if (!memberId) return;
    try {
      const file = await getPlatform().openFile({ title: '选择手写笔记照片', filters: PHOTO_FILTERS });
      if (!file) return;
      const added = await notebookRepository.attachPhoto(data.branch.id, memberId, form.getFieldValue('date') as string, file.name, file.bytes);
      setPhoto({ id: added.id, fileName: added.fileName });
    } catch (error) {
      message.error((error as Error).message);
    }
  }

  async function save(values: EntryValues) {
    if (values.memberIds.length === 0) {
      message.error('请先选择党员（可多选）。');
      memberField.current?.focus();
      return;
    }
    const input: StudyNoteInput = {
      date: values.date.trim(),
      materialTitle: values.materialTitle ?? '',
      kind: values.kind,
      hours: Number(values.hours),
      form: values.form,
      text: values.text ?? '',
      attachmentId: values.memberIds.length === 1 ? (photo?.id ?? '') : '',
    };
    setSaving(true);
    try {
      await notebookRepository.addNotes(data.branch.id, values.memberIds.map((memberId) => ({ memberId, input, name: names.get(memberId) })));
      const who = values.memberIds.length === 1 ? names.get(values.memberIds[0]!) : `${values.memberIds.length} 人`;
      message.success(`已为${who}登记“${input.materialTitle.trim()}”${input.hours} 学时。`);
      remember({ date: input.date, materialTitle: input.materialTitle.trim(), kind: input.kind, hours: input.hours, form: input.form });
      form.setFieldsValue({ memberIds: [], text: '' });
      setPhoto(undefined);
      memberField.current?.focus();
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card size="small" title="登记学习笔记" aria-label="登记学习笔记">
      <div onKeyDown={submitOnEnter(() => form.submit())}>
        <Form form={form} layout="vertical" initialValues={initial} onFinish={(values) => void save(values)}>
          <Row gutter={16}>
            <FormField name="memberIds" label="党员（可多选：同一材料批量登记）" span={24} required>
              <Select
                onInputKeyDown={keepTabForFocus}
                ref={memberField as never}
                aria-label="党员"
                mode="multiple"
                options={options}
                optionFilterProp="label"
                placeholder="输入姓名筛选，Enter 选中，可选多人"
              />
            </FormField>
            <NoteFields materials={materials} fullDayHours={study.fullDayHours.value} halfDayHours={study.halfDayHours.value} />
          </Row>
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={saving}>
              保存（Enter）
            </Button>
            <Button tabIndex={-1} onClick={() => form.setFieldValue('memberIds', options.map((option) => option.value))}>
              选择全部 {options.length} 人
            </Button>
            <Button tabIndex={-1} icon={<CameraOutlined />} disabled={memberIds.length !== 1} onClick={() => void attachPhoto()}>
              添加手写笔记照片
            </Button>
            {photo && <Typography.Text type="secondary">照片：{photo.fileName}</Typography.Text>}
            {memberIds.length > 1 && <Typography.Text type="secondary">将为已选 {memberIds.length} 人各登记一条相同的笔记（照片仅限单人登记）。</Typography.Text>}
          </Space>
        </Form>
      </div>
    </Card>
  );
}
