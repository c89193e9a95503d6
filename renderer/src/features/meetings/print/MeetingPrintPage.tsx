import { Result, Skeleton } from 'antd';
import type { BranchRecord } from '../../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../../shared/members/member';
import { navigate } from '../../../core/navigation/hash-route';
import { meetingPath } from '../../../core/navigation/meeting-routes';
import { useMemberNames } from '../member-names';
import { useMeeting } from '../use-meetings';
import { BranchMeetingDocument } from './BranchMeetingDocument';
import { PrintToolbar } from '../../../shell/PrintToolbar';

/** One meeting as an A4 会议记录 page. */
export function MeetingPrintPage({ id, branch, members }: { id: string; branch: BranchRecord; members: readonly MemberRecord[] }) {
  const meeting = useMeeting(id);
  const { names } = useMemberNames(members);
  if (meeting === undefined) return <Skeleton active />;
  if (meeting === null) return <Result status="404" title="找不到这条会议记录" />;
  return (
    <div className="print-view">
      <PrintToolbar suggestedName={`${meeting.startAt.slice(0, 10)} ${meeting.sessionName}.pdf`} onBack={() => navigate(meetingPath.view(id))} />
      <div className="print-sheet">
        <BranchMeetingDocument meeting={meeting} branch={branch} names={names} />
      </div>
    </div>
  );
}
