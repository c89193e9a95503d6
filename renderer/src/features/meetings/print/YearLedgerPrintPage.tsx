import { useMemo } from 'react';
import type { BranchRecord } from '../../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../../shared/members/member';
import { branchCompliance } from '../../../../../shared/meetings/compliance';
import { formatRate } from '../../../../../shared/meetings/attendance';
import { MEETING_TYPE_LABELS, type MeetingRecord } from '../../../../../shared/meetings/meeting-types';
import { parsePeriod } from '../../../../../shared/meetings/periods';
import { yearGrid } from '../../../../../shared/meetings/year-grid';
import { navigate } from '../../../core/navigation/hash-route';
import { useToday } from '../../../core/today';
import { useActiveRules } from '../../../core/rules/active-rules';
import { meetingPath } from '../../../core/navigation/meeting-routes';
import { useMemberNames } from '../member-names';
import { useMeetingIndex } from '../use-compliance';
import { YearGridTable } from '../YearGridTable';
import { BranchMeetingDocument } from './BranchMeetingDocument';
import { PrintToolbar } from '../../../shell/PrintToolbar';

interface YearLedgerPrintPageProps {
  year: number;
  branch: BranchRecord;
  members: readonly MemberRecord[];
  meetings: readonly MeetingRecord[];
}

/** The branch's 三会一课 ledger for a year as one document: summary, grid, then every record on its own page. */
export function YearLedgerPrintPage({ year, branch, members, meetings }: YearLedgerPrintPageProps) {
  const { ruleSet } = useActiveRules();
  const today = useToday();
  const index = useMeetingIndex(meetings);
  const { names } = useMemberNames(members);
  const rules = ruleSet.rules.meetings;
  const ofYear = useMemo(
    () => meetings.filter((meeting) => meeting.startAt.startsWith(String(year))).sort((a, b) => a.startAt.localeCompare(b.startAt)),
    [meetings, year],
  );
  if (!index) return null;
  const summary = branchCompliance({ branch, meetings, rules, period: parsePeriod(String(year))!, today, index });

  return (
    <div className="print-view">
      <PrintToolbar suggestedName={`${branch.name}${year}年三会一课台账.pdf`} onBack={() => navigate(meetingPath.list('grid'))} />
      <div className="print-sheet">
        <h1 className="ledger-title">
          {branch.name}
          <br />
          {year}年“三会一课”工作台账
        </h1>
        <p className="ledger-subtitle">
          {branch.parentOrganizationName} · 共 {ofYear.length} 次会议 · 平均出席率 {formatRate(summary.attendanceRate)} · 截至 {today}
        </p>
        <table className="ledger-summary">
          <thead>
            <tr>
              <th>会议类型</th>
              <th>应召开</th>
              <th>按期召开</th>
              <th>补开</th>
              <th>未召开</th>
            </tr>
          </thead>
          <tbody>
            {summary.types.map((type) => (
              <tr key={type.type}>
                <th scope="row">{MEETING_TYPE_LABELS[type.type]}</th>
                <td>{type.required}</td>
                <td>{type.onTime}</td>
                <td>{type.late}</td>
                <td>{type.missing}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <YearGridTable rows={yearGrid(index, branch, rules, year, today)} />
      </div>
      {ofYear.map((meeting) => (
        <div key={meeting.id} className="print-sheet print-page-break">
          <BranchMeetingDocument meeting={meeting} branch={branch} names={names} />
        </div>
      ))}
    </div>
  );
}
