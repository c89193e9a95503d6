import type { ReactNode } from 'react';
import type { BranchRecord } from '../../../../../shared/branch/branch';
import { branchCompliance } from '../../../../../shared/meetings/compliance';
import { MEETING_TYPE_LABELS, type MeetingRecord } from '../../../../../shared/meetings/meeting-types';
import { parsePeriod } from '../../../../../shared/meetings/periods';
import { yearGrid } from '../../../../../shared/meetings/year-grid';
import { useToday } from '../../../core/today';
import { useActiveRules } from '../../../core/rules/active-rules';
import { useTalks } from '../../talks';
import { useMeetingIndex } from '../use-compliance';
import { YearGridTable } from '../YearGridTable';

/**
 * A year of 三会一课 on paper: per type how many were due, held on time, made up and missing,
 * then the month-by-month grid. Heads the printed year ledger and the 台账 binder's meetings.
 */
export function MeetingYearSummary({ year, branch, meetings, children }: { year: number; branch: BranchRecord; meetings: readonly MeetingRecord[]; children?: (attendanceRate: number | null) => ReactNode }) {
  const { ruleSet } = useActiveRules();
  const today = useToday();
  // 谈心谈话 is counted from the talk records (三会一课 → 谈心谈话), not from meetings of that type.
  const talks = useTalks(branch.id);
  const index = useMeetingIndex(meetings, talks);
  if (!index) return null;
  const rules = ruleSet.rules.meetings;
  const summary = branchCompliance({ branch, meetings, rules, period: parsePeriod(String(year))!, today, index });
  return (
    <>
      {children?.(summary.attendanceRate)}
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
    </>
  );
}
