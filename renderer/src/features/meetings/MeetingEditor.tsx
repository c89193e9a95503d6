import { App, Alert, Button, Card, Form, Popconfirm, Result, Skeleton, Space, Typography } from 'antd';
import { memo, useMemo, useState } from 'react';
import { navigate } from '../../core/navigation/hash-route';
import type { BranchRecord } from '../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../shared/members/member';
import { useActiveRules } from '../../core/rules/active-rules';
import { useToday } from '../../core/today';
import { AgendaFields, VotesFields } from './AgendaAndVotes';
import { AttachmentsEditor } from './AttachmentsEditor';
import { AttendanceEditor } from './AttendanceEditor';
import { attachmentRepository } from '../../core/attachments/attachment-repository';
import { draftRepository } from './data/draft-repository';
import { meetingRepository } from './data/meeting-repository';
import { MeetingBasicsFields } from './MeetingBasicsFields';
import { formErrors, fromFormValues, toFormValues, type MeetingFormValues } from './meeting-form';
import { meetingPath } from '../../core/navigation/meeting-routes';
import { useMemberNames } from './member-names';
import { useDraftSaveState, useMeetingDraft, type DraftSaveStore } from './use-meeting-draft';
import { rememberSaved } from './use-meetings';

interface MeetingEditorProps {
  id: string;
  branch: BranchRecord;
  members: readonly MemberRecord[];
}

function clockText(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { hour12: false });
}

/** Says when the draft was last written, and never that it was when the last write failed. */
function DraftStatus({ store }: { store: DraftSaveStore }) {
  const state = useDraftSaveState(store);
  switch (state.status) {
    case 'idle':
      return <Typography.Text type="secondary">填写内容会自动保存为草稿</Typography.Text>;
    case 'saved':
      return <Typography.Text type="secondary">草稿已于 {new Date(state.at).toLocaleTimeString('zh-CN', { hour12: false })} 自动保存</Typography.Text>;
    case 'failed':
      return <Typography.Text type="danger">草稿未能保存</Typography.Text>;
  }
}

function DraftFailure({ store }: { store: DraftSaveStore }) {
  const state = useDraftSaveState(store);
  return state.status === 'failed' ? <Alert type="error" showIcon message={state.message} /> : null;
}

/** 保存会议记录, busy while saving: its own state, so that the form around it is not drawn again for it. */
function SaveButton({ onSave }: { onSave: () => Promise<void> }) {
  const [saving, setSaving] = useState(false);
  return (
    <Button
      type="primary"
      loading={saving}
      onClick={() => {
        setSaving(true);
        void onSave().finally(() => setSaving(false));
      }}
    >
      保存会议记录
    </Button>
  );
}

/**
 * The meeting form. Every pause in typing is written to the draft store, so closing the
 * window or a crash loses nothing; 保存 turns the draft into the record.
 * Memoised: 保存 writes the branch's meetings and drafts, which the page around it reads, and
 * a form of a hundred attendees drawn again for that delayed the record the save opens.
 */
export const MeetingEditor = memo(function MeetingEditor({ id, branch, members }: MeetingEditorProps) {
  const { message } = App.useApp();
  // Untyped: errors are set by dotted paths into lists, which the typed form refuses.
  const [form] = Form.useForm();
  const { loaded, schedule, cancelPending, saveState } = useMeetingDraft(id, branch.id);
  const { names, options } = useMemberNames(members);
  const initialValues = useMemo(() => (loaded ? toFormValues(loaded.content) : undefined), [loaded]);
  const { ruleSet } = useActiveRules();
  const today = useToday();

  if (loaded === undefined) return <Skeleton active />;
  if (loaded === null) {
    return <Result status="404" title="找不到这条会议记录" subTitle="它可能已被删除。" extra={<Button onClick={() => navigate(meetingPath.list())}>返回会议列表</Button>} />;
  }
  if (loaded.stored?.confirmation) {
    return (
      <Result
        status="warning"
        title="这条会议记录已签字确认"
        subTitle="如需更正，请在会议记录页点击“修改”解除确认。"
        extra={<Button onClick={() => navigate(meetingPath.view(id))}>查看会议记录</Button>}
      />
    );
  }

  const saveDraft = () => schedule(fromFormValues(form.getFieldsValue(true) as MeetingFormValues));

  /** Saves the form as the record, or says on screen why it did not. */
  async function save(): Promise<void> {
    const values = form.getFieldsValue(true) as MeetingFormValues;
    const errors = formErrors(values, { rules: ruleSet.rules.meetings, today });
    const paths = Object.keys(errors);
    if (paths.length > 0) {
      form.setFields(
        Object.entries(errors).map(([path, error]) => ({ name: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)), errors: [error] })),
      );
      message.error(`有 ${paths.length} 处需要修改：${Object.values(errors)[0]}`);
      return;
    }
    try {
      cancelPending();
      const content = fromFormValues(values);
      // One transaction (record, released files, draft gone), then straight to the record:
      // the editor of a hundred attendees is not drawn again for each write.
      rememberSaved(await meetingRepository.saveDraft(branch.id, id, content));
      navigate(meetingPath.view(id));
      message.success(`已保存“${content.sessionName}”。`);
    } catch (error) {
      message.error(`保存失败，填写的内容仍在草稿中：${(error as Error).message}`);
      saveDraft();
    }
  }

  async function discard() {
    cancelPending();
    await draftRepository.discard(id);
    await attachmentRepository.releaseUnlisted(id, loaded?.stored?.attachmentIds ?? []);
    message.info(loaded?.stored ? '已放弃本次修改。' : '已放弃这份草稿。');
    navigate(loaded?.stored ? meetingPath.view(id) : meetingPath.list());
  }

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onValuesChange={saveDraft} className="meeting-editor">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {loaded.stored ? '修改会议记录' : '新建会议记录'}
          </Typography.Title>
          <DraftStatus store={saveState} />
        </Space>
        <DraftFailure store={saveState} />
        {loaded.restoredDraftAt && (
          <Alert type="info" showIcon message={`已恢复 ${clockText(loaded.restoredDraftAt)} 自动保存的草稿。`} />
        )}
        <Card title="基本信息" size="small">
          <MeetingBasicsFields branch={branch} memberOptions={options} meetingId={id} />
        </Card>
        <Card title="出席情况" size="small">
          <AttendanceEditor branch={branch} members={members} names={names} onProgrammaticChange={saveDraft} />
        </Card>
        <Card title="议程与内容" size="small">
          <AgendaFields />
        </Card>
        <Card title="表决与决议" size="small">
          <VotesFields />
        </Card>
        <Card title="附件" size="small">
          <Form.Item name="attachmentIds" noStyle>
            <AttachmentsEditor branchId={branch.id} meetingId={id} />
          </Form.Item>
        </Card>
        <Space className="meeting-editor-actions">
          <SaveButton onSave={save} />
          <Popconfirm
            title={loaded.stored ? '放弃本次修改？' : '放弃这份草稿？'}
            description={loaded.stored ? '会议记录恢复为上次保存的内容。' : '草稿和已添加的附件将被删除。'}
            okText="放弃"
            cancelText="继续填写"
            onConfirm={() => void discard()}
          >
            <Button danger>放弃</Button>
          </Popconfirm>
          <Button onClick={() => navigate(meetingPath.list())}>暂存草稿，返回列表</Button>
        </Space>
      </Space>
    </Form>
  );
});
