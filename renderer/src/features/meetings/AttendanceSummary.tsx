import { Typography } from 'antd';
import type { AttendanceEntry } from '../../../../shared/meetings/meeting-types';
import { attendanceSummary } from '../../../../shared/meetings/attendance';

/** 应到 / 实到 / 请假 / 缺席 and the rate, in one line. */
export function AttendanceSummary({ attendance }: { attendance: readonly AttendanceEntry[] }) {
  return <Typography.Text strong>{attendanceSummary(attendance)}</Typography.Text>;
}
