import { App, Button, Card, Popconfirm, Result, Skeleton, Space, Tag } from 'antd';
import { memo, useState } from 'react';
import { navigate } from '../../core/navigation/hash-route';
import type { BranchRecord } from '../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../shared/members/member';
import { AuditDrawer } from '../audit';
import { useAfterFirstPaint } from '../../shell/use-after-first-paint';
import { AttachmentDownloads } from './AttachmentDownloads';
import { ConfirmDialog } from './ConfirmDialog';
import { meetingRepository } from './data/meeting-repository';
import { MakeUpPanel } from './MakeUpPanel';
import { meetingPath } from '../../core/navigation/meeting-routes';
import { MeetingReviewNote } from './MeetingReviewNote';
import { MeetingRuleChecks } from './MeetingRuleChecks';
import { MeetingStatusTag } from './MeetingStatusTag';
import { useMemberNames } from './member-names';
import { BranchMeetingDocument } from './print/BranchMeetingDocument';
import { useMeeting } from './use-meetings';

interface MeetingViewProps {
  id: string;
  branch: BranchRecord;
  members: readonly MemberRecord[];
}

/**
 * One meeting as its record reads, with what can be done to it: edit, 签字确认, 修改, 补课, print.
 * Memoised: the page around it is drawn again when the branch's meetings or drafts change
 * (a save writes both), which says nothing new to this view, whose record is read live.
 */
export const MeetingView = memo(function MeetingView({ id, branch, members }: MeetingViewProps) {
  const { message } = App.useApp();
  const meeting = useMeeting(id);
  const { names } = useMemberNames(members);
  const [confirming, setConfirming] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  // The record and its buttons first (just after 保存 the record is in hand); the rule
  // checks, review, attachments, 补课 and dialogs once that is on screen.
  const painted = useAfterFirstPaint();

  if (meeting === undefined) return <Skeleton active />;
  if (meeting === null) {
    return <Result status="404" title="找不到这条会议记录" subTitle="它可能已被删除。" extra={<Button onClick={() => navigate(meetingPath.list())}>返回会议列表</Button>} />;
  }
  const locked = meeting.confirmation !== null;

  async function reopen() {
    await meetingRepository.reopen(id);
    message.info('已解除签字确认，可以修改；修改完成后请重新签字确认。');
    navigate(meetingPath.edit(id));
  }

  async function remove() {
    try {
      await meetingRepository.remove(id);
      message.success('已删除这条会议记录，修改记录中保留了删除前的内容。');
      navigate(meetingPath.list());
    } catch (error) {
      message.error((error as Error).message);
    }
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap className="no-print">
        <Button onClick={() => navigate(meetingPath.list())}>返回列表</Button>
        {locked ? (
          <Popconfirm title="修改已签字确认的会议记录？" description="将解除签字确认，修改会记入修改记录。" okText="修改" cancelText="取消" onConfirm={() => void reopen()}>
            <Button>修改</Button>
          </Popconfirm>
        ) : (
          <>
            <Button onClick={() => navigate(meetingPath.edit(id))}>编辑</Button>
            <Button type="primary" onClick={() => setConfirming(true)}>
              签字确认
            </Button>
          </>
        )}
        <Button onClick={() => navigate(meetingPath.printMeeting(id))}>打印</Button>
        <Button onClick={() => setShowHistory(true)}>修改记录</Button>
        {!locked && (
          <Popconfirm title="删除这条会议记录？" description="删除会记入修改记录。" okText="删除" cancelText="取消" onConfirm={() => void remove()}>
            <Button danger>删除</Button>
          </Popconfirm>
        )}
        <MeetingStatusTag meeting={meeting} />
      </Space>
      {painted && <MeetingReviewNote meetingId={id} />}
      {painted && <MeetingRuleChecks meeting={meeting} branch={branch} members={members} />}
      {painted && <AttachmentDownloads ids={meeting.attachmentIds} />}
      <Card size="small">
        <BranchMeetingDocument meeting={meeting} branch={branch} names={names} />
      </Card>
      <Card size="small" title={<Space>补课 {locked && <Tag>签字确认后仍可登记补课</Tag>}</Space>}>
        {painted ? <MakeUpPanel meeting={meeting} names={names} /> : <Skeleton active paragraph={{ rows: 1 }} title={false} />}
      </Card>
      {painted && <ConfirmDialog meeting={meeting} names={names} open={confirming} onClose={() => setConfirming(false)} />}
      {painted && <AuditDrawer open={showHistory} onClose={() => setShowHistory(false)} scope={{ kind: 'record', recordId: id }} title={`修改记录：${meeting.sessionName}`} />}
    </Space>
  );
});
