import { useMemo } from 'react';
import type { BranchRecord } from '../../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../../shared/members/member';
import { formatRate } from '../../../../../shared/meetings/attendance';
import type { MeetingRecord } from '../../../../../shared/meetings/meeting-types';
import { navigate } from '../../../core/navigation/hash-route';
import { useToday } from '../../../core/today';
import { meetingPath } from '../../../core/navigation/meeting-routes';
import { useMemberNames } from '../member-names';
import { BranchMeetingDocument } from './BranchMeetingDocument';
import { MeetingYearSummary } from './MeetingYearSummary';
import { PrintToolbar } from '../../../shell/PrintToolbar';

interface YearLedgerPrintPageProps {
  year: number;
  branch: BranchRecord;
  members: readonly MemberRecord[];
  meetings: readonly MeetingRecord[];
}

/** The branch's 三会一课 ledger for a year as one document: summary, grid, then every record on its own page. */
export function YearLedgerPrintPage({ year, branch, members, meetings }: YearLedgerPrintPageProps) {
  const today = useToday();
  const { names } = useMemberNames(members);
  const ofYear = useMemo(
    () => meetings.filter((meeting) => meeting.startAt.startsWith(String(year))).sort((a, b) => a.startAt.localeCompare(b.startAt)),
    [meetings, year],
  );

  return (
    <div className="print-view">
      <PrintToolbar suggestedName={`${branch.name}${year}年三会一课台账.pdf`} onBack={() => navigate(meetingPath.list('grid'))} />
      <div className="print-sheet">
        <h1 className="ledger-title">
          {branch.name}
          <br />
          {year}年“三会一课”工作台账
        </h1>
        <MeetingYearSummary year={year} branch={branch} meetings={meetings}>
          {(attendanceRate) => (
            <p className="ledger-subtitle">
              {branch.parentOrganizationName} · 共 {ofYear.length} 次会议 · 平均出席率 {formatRate(attendanceRate)} · 截至 {today}
            </p>
          )}
        </MeetingYearSummary>
      </div>
      {ofYear.map((meeting) => (
        <div key={meeting.id} className="print-sheet print-page-break">
          <BranchMeetingDocument meeting={meeting} branch={branch} names={names} />
        </div>
      ))}
    </div>
  );
}
