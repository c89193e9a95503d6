import type { MeetingRecord } from '../../../../../shared/meetings/meeting-types';
import { LEAVE_REASON_LABELS, MEETING_TYPE_LABELS } from '../../../../../shared/meetings/meeting-types';
import { nameOf } from '../member-names';
import { attendanceSummary } from '../../../../../shared/meetings/attendance';
import { LabelValueRows, SignatureLine } from '../../../shell/print-document';

interface MeetingDocumentProps {
  meeting: MeetingRecord;
  branchName: string;
  names: ReadonlyMap<string, string>;
  /** Party group names by id, for 党小组会. */
  groupNames: ReadonlyMap<string, string>;
  /** 签到表：签到表.png … for the attachments row. */
  attachmentLabels: readonly string[];
  /** The period the meeting makes up (2026年第一季度), when it is counted as a make-up. */
  makeUpLabel?: string;
}

function timeText(meeting: MeetingRecord): string {
  const [date, start] = meeting.startAt.split('T');
  const [year, month, day] = (date ?? '').split('-');
  return `${year}年${Number(month)}月${Number(day)}日 ${start}—${meeting.endAt.slice(11, 16)}`;
}

function absenceText(meeting: MeetingRecord, names: ReadonlyMap<string, string>): string {
  const away = meeting.attendance.filter((entry) => entry.status !== 'present');
  if (away.length === 0) return '无';
  return away
    .map((entry) => {
      const reason = entry.status === 'leave' ? `请假：${entry.leaveReason ? LEAVE_REASON_LABELS[entry.leaveReason] : '未注明'}` : '缺席';
      return `${nameOf(names, entry.memberId)}（${reason}${entry.note ? `，${entry.note}` : ''}）`;
    })
    .join('、');
}

function voteText(meeting: MeetingRecord): string[] {
  return meeting.votes.map(
    (vote, index) => `${index + 1}. ${vote.motion}：赞成 ${vote.inFavour} 票，反对 ${vote.against} 票，弃权 ${vote.abstain} 票。${vote.resolution ? `决议：${vote.resolution}` : ''}`,
  );
}

/**
 * One meeting as the standard 会议记录 page an inspector expects: the header table, the
 * minutes, the votes and the signature lines. Shown on screen and printed on A4 alike.
 */
export function MeetingDocument({ meeting, branchName, names, groupNames, attachmentLabels, makeUpLabel }: MeetingDocumentProps) {
  const rows: [string, string][] = [
    ['会议名称', meeting.sessionName],
    ['会议类型', MEETING_TYPE_LABELS[meeting.type] + (meeting.partyGroupId ? `（${groupNames.get(meeting.partyGroupId) ?? '党小组'}）` : '')],
    ['会议时间', timeText(meeting) + (makeUpLabel ? `（补开${makeUpLabel}）` : '')],
    ['会议地点', meeting.place],
    ['主持人', nameOf(names, meeting.hostMemberId)],
    ['记录人', nameOf(names, meeting.recorderMemberId)],
    ['出席情况', attendanceSummary(meeting.attendance)],
    ['缺席及请假', absenceText(meeting, names)],
    ['列席人员', meeting.nonVotingAttendees.join('、') || '无'],
  ];
  if (meeting.type === 'partyLecture') rows.push(['授课人', meeting.lecturer], ['党课题目', meeting.lectureTitle]);

  return (
    <article className="meeting-document">
      <h2 className="meeting-document-title">{branchName}会议记录</h2>
      <table className="meeting-document-table">
        <tbody>
          <LabelValueRows rows={rows} />
          <tr>
            <th>会议议程</th>
            <td>
              {meeting.agendaItems.length === 0
                ? '—'
                : meeting.agendaItems.map((item, index) => <div key={index}>{`${index + 1}. ${item}`}</div>)}
            </td>
          </tr>
          <tr className="meeting-document-minutes">
            <th>会议内容</th>
            <td>{meeting.discussionSummary || '—'}</td>
          </tr>
          <tr>
            <th>表决情况</th>
            <td>{meeting.votes.length === 0 ? '无' : voteText(meeting).map((line) => <div key={line}>{line}</div>)}</td>
          </tr>
          <tr>
            <th>附件</th>
            <td>{attachmentLabels.length === 0 ? '无' : attachmentLabels.join('；')}</td>
          </tr>
        </tbody>
      </table>
      <SignatureLine
        parts={[
          `主持人（签字）：${meeting.confirmation ? meeting.confirmation.hostConfirmedBy : '____________'}`,
          `记录人（签字）：${meeting.confirmation ? meeting.confirmation.recorderConfirmedBy : '____________'}`,
        ]}
      />
      {meeting.confirmation && (
        <p className="meeting-document-confirmed">已于 {new Date(meeting.confirmation.confirmedAt).toLocaleDateString('zh-CN')} 签字确认</p>
      )}
    </article>
  );
}
