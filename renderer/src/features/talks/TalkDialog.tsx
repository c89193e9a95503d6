import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { MemberRecord } from '../../../../shared/members/member';
import { TALK_KIND_LABELS, TALK_KINDS, TALK_NOTES_MAX, TALK_TOPIC_MAX, type TalkContent, type TalkRecord } from '../../../../shared/talks/talk';
import { useToday } from '../../core/today';
import { DateInput } from '../../shell/DateInput';
import { isPartyMember, memberOptions } from '../members';
import { talkRepository } from './data/talk-repository';

const KIND_OPTIONS = TALK_KINDS.map((kind) => ({ value: kind, label: TALK_KIND_LABELS[kind] }));

interface TalkDialogProps {
  branchId: string;
  members: readonly MemberRecord[];
  /** The secretary, offered as 谈话人 on a new talk. */
  defaultTalkerId: string | undefined;
  /** null: a new talk; a record: edit it; undefined: closed. */
  editing: TalkRecord | null | undefined;
  onClose: () => void;
}

function blankTalk(today: string, talkerId: string | undefined): TalkContent {
  return { date: today, kind: 'heartToHeart', talkerIds: talkerId ? [talkerId] : [], memberIds: [], topic: '', notes: '' };
}

/** 登记 or 修改 one talk; a refusal stays in the dialog with its reason and nothing is stored. */
export function TalkDialog({ branchId, members, defaultTalkerId, editing, onClose }: TalkDialogProps) {
  const { message } = App.useApp();
  const today = useToday();
  const [talk, setTalk] = useState<TalkContent>(() => blankTalk(today, defaultTalkerId));
  const [refusal, setRefusal] = useState<string>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (editing === undefined) return;
    setTalk(editing ? { date: editing.date, kind: editing.kind, talkerIds: editing.talkerIds, memberIds: editing.memberIds, topic: editing.topic, notes: editing.notes } : blankTalk(today, defaultTalkerId));
    setRefusal(undefined);
  }, [editing, today, defaultTalkerId]);

  const patch = (change: Partial<TalkContent>) => {
    setTalk((current) => ({ ...current, ...change }));
    setRefusal(undefined);
  };
  const people = memberOptions(members, isPartyMember);

  async function save() {
    setSaving(true);
    try {
      if (editing) await talkRepository.update(editing, talk, today);
      else await talkRepository.add(branchId, talk, today);
      message.success(editing ? '已保存谈话记录的修改。' : `已登记 ${talk.date} 的${TALK_KIND_LABELS[talk.kind]}。`);
      onClose();
    } catch (error) {
      setRefusal(`未保存：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={editing !== undefined}
      title={editing ? '修改谈心谈话记录' : '登记谈心谈话'}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
      width={620}
    >
      <Form layout="vertical">
        <Form.Item label="谈话日期" required>
          <DateInput aria-label="谈话日期" value={talk.date} onChange={(date) => patch({ date })} />
        </Form.Item>
        <Form.Item label="类别" required>
          <Select aria-label="谈话类别" value={talk.kind} options={KIND_OPTIONS} onChange={(kind) => patch({ kind })} />
        </Form.Item>
        <Form.Item label="谈话人" required extra="一般为支部书记或支部委员，可多选">
          <Select aria-label="谈话人" mode="multiple" showSearch optionFilterProp="label" value={talk.talkerIds} options={people} onChange={(talkerIds) => patch({ talkerIds })} />
        </Form.Item>
        <Form.Item label="谈话对象" required extra="可多选：同时与几名党员谈话的，一次登记">
          <Select aria-label="谈话对象" mode="multiple" showSearch optionFilterProp="label" value={talk.memberIds} options={people} onChange={(memberIds) => patch({ memberIds })} />
        </Form.Item>
        <Form.Item label="谈话主题" required>
          <Input aria-label="谈话主题" maxLength={TALK_TOPIC_MAX} value={talk.topic} onChange={(event) => patch({ topic: event.target.value })} placeholder="如：思想动态与工作困难" />
        </Form.Item>
        <Form.Item label="谈话记录">
          <Input.TextArea aria-label="谈话记录" rows={4} maxLength={TALK_NOTES_MAX} showCount value={talk.notes} onChange={(event) => patch({ notes: event.target.value })} placeholder="谈话要点、对方意见建议、后续措施" />
        </Form.Item>
      </Form>
      {refusal && <Alert type="error" showIcon message={refusal} role="alert" />}
    </Modal>
  );
}
