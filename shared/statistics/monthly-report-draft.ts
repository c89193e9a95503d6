/**
 * The draft of a branch's 组织生活月报, made from its records: the month's row of the
 * statistics tables that a monthly report covers (meetings due and held, attendance and
 * make-ups; study hours; dues; development steps; members who came and went) and the list
 * of the meetings held, with dates and attendance. The tables are the ones the office's
 * 党建工作信息 is made of, so the branch's report and the office's figures agree.
 */
import { attendanceCounts, owedMakeUps } from '../meetings/attendance';
import { MEETING_TYPE_LABELS } from '../meetings/meeting-types';
import { formatStatValue, type StatTable } from './stat-table';
import type { BranchStatRecords, StatScope } from './stat-input';
import { statTable, type StatTableId } from './statistics';
import type { ReportFigure, ReportMeetingLine } from './monthly-report';

/** The tables a monthly report carries, in its order; stocks (队伍结构, 组织设置) belong to the yearly tables. */
export const MONTHLY_REPORT_TABLES: readonly StatTableId[] = ['meetingLife', 'study', 'dues', 'development', 'membershipChanges'];

/** A one-branch table's row as figures, its merged group before each label (also the year summary's). */
export function figuresOf(table: StatTable): ReportFigure[] {
  const row = table.rows[0];
  if (!row) return [];
  return table.columns
    .filter((column) => !column.pendingSource)
    .map((column) => ({
      section: table.title,
      label: column.group ? `${column.group}·${column.label}` : column.label,
      value: formatStatValue(column, row.cells[column.key]?.value ?? null),
    }));
}

/** The meetings held in the month (by their start), oldest first. */
export function reportMeetingLines(records: BranchStatRecords, month: string): ReportMeetingLine[] {
  return records.meetings
    .filter((meeting) => !meeting.deleted && meeting.startAt.slice(0, 7) === month)
    .sort((a, b) => a.startAt.localeCompare(b.startAt))
    .map((meeting) => {
      const counts = attendanceCounts(meeting.attendance);
      return {
        meetingId: meeting.id,
        date: meeting.startAt.slice(0, 10),
        typeLabel: MEETING_TYPE_LABELS[meeting.type],
        sessionName: meeting.sessionName,
        expected: counts.expected,
        present: counts.present,
        leave: counts.leave,
        absent: counts.absent,
        makeUps: meeting.makeUps.length,
        makeUpsOwed: owedMakeUps(meeting).length,
        makesUpPeriod: meeting.makesUpPeriod,
      };
    });
}

/** The figures and meetings of one branch's month; `scope.period` must be that month. */
export function draftMonthlyReport(records: BranchStatRecords, scope: StatScope): { figures: ReportFigure[]; meetings: ReportMeetingLine[] } {
  if (scope.period.kind !== 'month') throw new RangeError(`组织生活月报按月填报，统计期“${scope.period.key}”不是月份。`);
  return {
    figures: MONTHLY_REPORT_TABLES.flatMap((id) => figuresOf(statTable(id, [records], scope))),
    meetings: reportMeetingLines(records, scope.period.key),
  };
}
