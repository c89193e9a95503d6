import type { BranchRecord } from '../../../../shared/branch/branch';
import type { AttendanceEntry, MeetingRecord, MeetingType } from '../../../../shared/meetings/meeting-types';
import { newMeetingContent } from '../../../../shared/meetings/new-meeting';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';

let sequence = 0;

/** A stored meeting of a type on a date (YYYY-MM-DD), with whatever else the test sets. */
export function meetingRecord(type: MeetingType, date: string, patch: Partial<MeetingRecord> = {}): MeetingRecord {
  sequence += 1;
  return {
    ...newMeetingContent(type, date, NATIONAL_RULE_SET.rules.meetings),
    id: `meeting-${sequence}`,
    branchId: 'branch-1',
    createdAt: `${date}T12:00:00.000Z`,
    updatedAt: `${date}T12:00:00.000Z`,
    deleted: false,
    confirmation: null,
    review: null,
    ...patch,
  };
}

/** Attendance from statuses by member id, e.g. { a: 'present', b: 'absent' }. */
export function attendanceOf(statuses: Record<string, AttendanceEntry['status']>): AttendanceEntry[] {
  return Object.entries(statuses).map(([memberId, status]) => ({ memberId, status, note: '', ...(status === 'leave' ? { leaveReason: 'duty' as const } : {}) }));
}

/** A branch that began its ledger on `since` (YYYY-MM-DD). */
export function branchRecord(since: string, patch: Partial<BranchRecord> = {}): BranchRecord {
  return {
    id: 'branch-1',
    branchId: 'branch-1',
    createdAt: `${since}T08:00:00.000Z`,
    updatedAt: `${since}T08:00:00.000Z`,
    deleted: false,
    name: '内科党支部',
    parentOrganizationName: '市人民医院党委',
    ...patch,
  };
}
