import { useMemo } from 'react';
import type { BranchRecord } from '../../../../../shared/branch/branch';
import type { MeetingRecord } from '../../../../../shared/meetings/meeting-types';
import { attachmentLabel, useAttachmentSummaries } from '../use-attachments';
import { useMakeUpText } from '../MakeUpTag';
import { MeetingDocument } from './MeetingDocument';

/** The 会议记录 page of one of the branch's meetings, with its party group and attachments looked up. */
export function BranchMeetingDocument({ meeting, branch, names }: { meeting: MeetingRecord; branch: BranchRecord; names: ReadonlyMap<string, string> }) {
  const groupNames = useMemo(() => new Map((branch.partyGroups ?? []).map((group) => [group.id, group.name])), [branch]);
  const attachments = useAttachmentSummaries(meeting.attachmentIds);
  const labels = useMemo(() => (attachments ?? []).map(attachmentLabel), [attachments]);
  const makeUp = useMakeUpText(meeting);
  const makeUpLabel = makeUp && 'late' in makeUp ? makeUp.late : undefined;
  return <MeetingDocument meeting={meeting} branchName={branch.name} names={names} groupNames={groupNames} attachmentLabels={labels} makeUpLabel={makeUpLabel} />;
}
