import { Alert, App, Drawer, Form, Input, Select, Space } from 'antd';
import { DOCUMENT_FILE_MAX_BYTES, DOCUMENT_KIND_LABELS, DOCUMENT_LIMITS, type DocumentInput, type DocumentKind } from '../../../../shared/documents/document';
import { useToday } from '../../core/today';
import { DateInput } from '../../shell/DateInput';
import { useFormSave } from '../../shell/use-form-save';
import { AttachmentsEditor } from '../meetings';
import { clearErrorsOfChanged } from '../../shell/form-errors';
import { SaveCancelButtons } from '../../shell/SaveCancelButtons';

export const DOCUMENT_FILES = { maxBytes: DOCUMENT_FILE_MAX_BYTES, officeFiles: true };

export type DocumentFormValues = DocumentInput & { branchIds?: string[] };

interface DocumentEditorProps {
  title: string;
  saveLabel: string;
  kinds: readonly DocumentKind[];
  /** Who owns the files while the form is open: the branch, or the office until it publishes. */
  fileOwnerId: string;
  /** The id the files are attached under: the document's, or the publication's. */
  recordId: string;
  initial: DocumentFormValues;
  /** The office addresses branches: all or some. */
  branchOptions?: { value: string; label: string }[];
  save: (values: DocumentFormValues) => Promise<string>;
  onClose: () => void;
}

/** 发布文件 at the office and 登记文件 at a branch: the same fields, the office's with the branches addressed. */
export function DocumentEditor({ title, saveLabel, kinds, fileOwnerId, recordId, initial, branchOptions, save, onClose }: DocumentEditorProps) {
  const { message } = App.useApp();
  const today = useToday();
  const [form] = Form.useForm();
  const { failure, saving, run } = useFormSave(form);

  function submit(typed: DocumentFormValues) {
    return run(async () => message.success(await save({ ...initial, ...typed, number: typed.number ?? '', body: typed.body ?? '', attachmentIds: typed.attachmentIds ?? [] })), onClose);
  }

  return (
    <Drawer
      open
      onClose={onClose}
      width={720}
      title={title}
      destroyOnHidden
      footer={<SaveCancelButtons label={saveLabel} saving={saving} onSave={() => form.submit()} onCancel={onClose} />}
    >
      <Form
        form={form}
        layout="vertical"
        aria-label={title}
        initialValues={{ ...initial, date: initial.date || today }}
        onFinish={(typed) => void submit(typed)}
        onValuesChange={clearErrorsOfChanged(form)}
      >
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        {branchOptions && (
          <Form.Item name="branchIds" label="发往支部" extra="默认发往全部支部；随各支部下一次回执送达。">
            <Select mode="multiple" options={branchOptions} optionFilterProp="label" />
          </Form.Item>
        )}
        <Space style={{ display: 'flex' }} align="start">
          <Form.Item name="kind" label="文件类别" style={{ width: 220 }}>
            <Select options={kinds.map((kind) => ({ value: kind, label: DOCUMENT_KIND_LABELS[kind] }))} />
          </Form.Item>
          <Form.Item name="date" label="成文日期" style={{ width: 200 }}>
            <DateInput />
          </Form.Item>
          <Form.Item name="number" label="文号" style={{ width: 240 }}>
            <Input maxLength={DOCUMENT_LIMITS.number} placeholder="如：院党委发〔2026〕12号" />
          </Form.Item>
        </Space>
        <Form.Item name="title" label="文件标题">
          <Input maxLength={DOCUMENT_LIMITS.title} />
        </Form.Item>
        <Form.Item name="body" label="正文">
          <Input.TextArea rows={10} placeholder="正文不限字数；原件可作为附件上传" />
        </Form.Item>
        <Form.Item name="attachmentIds" label="附件">
          <AttachmentsEditor branchId={fileOwnerId} meetingId={recordId} defaultKind="other" accept={DOCUMENT_FILES} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
