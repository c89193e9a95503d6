import { Form, Modal, Row } from 'antd';
import type { StudyNote, StudyNoteInput } from '../../../../shared/study/study-types';
import { useActiveRules } from '../../core/rules/active-rules';
import { notebookRepository } from './data/notebook-repository';
import { NoteFields, submitOnEnter } from './NoteFields';
import { useBusyAction } from '../../shell/use-busy-action';

/** 编辑 one stored note; the same fields and keys as entry. */
export function NoteEditDialog({ notebookId, note, materials, onClose }: { notebookId: string; note: StudyNote; materials: readonly string[]; onClose: () => void }) {
  const action = useBusyAction();
  const { ruleSet } = useActiveRules();
  const [form] = Form.useForm<StudyNoteInput>();
  const save = (values: StudyNoteInput) =>
    action.run(async () => {
      await notebookRepository.changeNote(notebookId, note.id, { ...values, date: values.date.trim(), hours: Number(values.hours), text: values.text ?? '', attachmentId: note.attachmentId });
      return '学习笔记已保存。';
    }, onClose);

  return (
    <Modal open title="编辑学习笔记" okText="保存" cancelText="取消" confirmLoading={action.busy} onOk={() => form.submit()} onCancel={onClose} width={720} destroyOnHidden>
      <div onKeyDown={submitOnEnter(() => form.submit())}>
        <Form form={form} layout="vertical" initialValues={note} onFinish={(values) => void save(values)}>
          <Row gutter={16}>
            <NoteFields materials={materials} fullDayHours={ruleSet.rules.study.fullDayHours.value} halfDayHours={ruleSet.rules.study.halfDayHours.value} />
          </Row>
        </Form>
      </div>
    </Modal>
  );
}
