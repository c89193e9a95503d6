import { addDays, formatDate } from '../../../shared/dates';
import type { BranchRecord } from '../../../shared/branch/branch';
import type { MemberRecord } from '../../../shared/members/member';
import { expectedMembers, MAKE_UP_TYPES } from '../../../shared/meetings/attendance';
import { MEETING_TYPES, MEETING_TYPE_LABELS, type AttendanceEntry, type LeaveReason, type MakeUpEntry, type MakeUpMethod, type MeetingRecord, type MeetingType } from '../../../shared/meetings/meeting-types';
import { newMeetingContent } from '../../../shared/meetings/new-meeting';
import { parsePeriod, periodsCovering, type Period } from '../../../shared/meetings/periods';
import { smallestExceeding } from '../../../shared/meetings/quorum';
import type { MeetingRules } from '../../../shared/rules/rule-types';
import { instantOn } from './branch';
import type { Random } from './random';
import { LEAVE_NOTES, LECTURE_TITLES, PLACES, THEMED_DAY_ACTIVITIES } from './vocabulary';

/** How a rule period turns out: most held on time, some only by 补开 afterwards, some never. */
const OUTCOMES: ReadonlyArray<readonly ['onTime' | 'late' | 'missing', number]> = [['onTime', 90], ['late', 5], ['missing', 5]];
const LEAVE_WEIGHTS: ReadonlyArray<readonly [LeaveReason, number]> = [['duty', 55], ['businessTrip', 18], ['sick', 12], ['other', 15]];
const MAKE_UP_WEIGHTS: ReadonlyArray<readonly [MakeUpMethod, number]> = [['selfStudy', 60], ['replay', 25], ['session', 15]];
const START_TIMES = ['12:30', '14:30', '16:30', '17:30'];

/** The months a yearly meeting is usually held in: 组织生活会 and 民主评议 at year end, talks before them. */
const YEARLY_MONTHS: Partial<Record<MeetingType, readonly number[]>> = {
  organizationalLifeMeeting: [12],
  democraticAppraisal: [11, 12],
  heartToHeartTalk: [10, 11],
};

function dayIn(random: Random, period: Period, type: MeetingType): string {
  const year = Number(period.start.slice(0, 4));
  const first = Number(period.start.slice(5, 7));
  const last = Number(period.end.slice(5, 7));
  const months = YEARLY_MONTHS[type] ?? Array.from({ length: last - first + 1 }, (_, index) => first + index);
  return formatDate({ year, month: random.pick(months), day: random.int(3, 26) });
}

function attendanceOf(random: Random, type: MeetingType, expected: readonly MemberRecord[]): AttendanceEntry[] {
  const entries = expected.map((member): AttendanceEntry => {
    const roll = random.next();
    if (roll < 0.84) return { memberId: member.id, status: 'present', note: '' };
    if (roll < 0.96) {
      const leaveReason = random.weighted(LEAVE_WEIGHTS);
      return { memberId: member.id, status: 'leave', leaveReason, note: random.pick(LEAVE_NOTES[leaveReason]) };
    }
    return { memberId: member.id, status: 'absent', note: '' };
  });
  // A 支委会 without a quorum would not have been held: call the missing members back in.
  if (type === 'committeeMeeting') {
    const needed = smallestExceeding(entries.length, { numerator: 1, denominator: 2 });
    let present = entries.filter((entry) => entry.status === 'present').length;
    for (let index = 0; index < entries.length && present < needed; index += 1) {
      if (entries[index]!.status === 'present') continue;
      entries[index] = { memberId: entries[index]!.memberId, status: 'present', note: '' };
      present += 1;
    }
  }
  return entries;
}

function makeUpsOf(random: Random, type: MeetingType, attendance: readonly AttendanceEntry[], date: string, today: string): MakeUpEntry[] {
  if (!MAKE_UP_TYPES.has(type)) return [];
  return attendance
    .filter((entry) => entry.status !== 'present' && random.chance(0.7))
    .map((entry) => ({ id: random.uuid(), memberId: entry.memberId, date: addDays(date, random.int(1, 20)), method: random.weighted(MAKE_UP_WEIGHTS), note: '' }))
    .filter((makeUp) => makeUp.date <= today);
}

const AGENDA: Record<MeetingType, readonly string[]> = {
  partyMemberAssembly: ['传达上级党委文件精神', '通报本季度支部工作', '讨论发展党员工作'],
  committeeMeeting: ['研究本月支部工作安排', '讨论党员发展和教育管理', '研究科室重大事项'],
  partyGroupMeeting: ['学习党的创新理论', '交流思想和工作情况'],
  partyLecture: ['讲授党课', '交流学习体会'],
  themedPartyDay: ['开展主题党日活动'],
  organizationalLifeMeeting: ['通报年度查摆问题', '开展批评和自我批评', '制定整改措施'],
  democraticAppraisal: ['个人述职', '党员互评', '支部综合评定'],
  heartToHeartTalk: ['支委与党员谈心谈话'],
};

interface MeetingContext {
  branch: BranchRecord;
  members: readonly MemberRecord[];
  names: ReadonlyMap<string, string>;
  rules: MeetingRules;
  today: string;
}

function meetingOn(random: Random, context: MeetingContext, type: MeetingType, period: Period, date: string, groupId: string, late: boolean): MeetingRecord {
  const { branch, members, names, rules, today } = context;
  const content = newMeetingContent(type, period.start, rules);
  const expected = expectedMembers(content.expectedScope, branch, members, groupId, date);
  const attendance = attendanceOf(random, type, expected);
  const seat = (role: string) => branch.committee?.find((each) => each.role === role)?.memberId;
  const hostMemberId = seat('secretary') ?? expected[0]?.id ?? '';
  const recorderMemberId = seat('organization') ?? expected[1]?.id ?? hostMemberId;
  const time = random.pick(START_TIMES);
  const createdAt = instantOn(date, '18:00');
  const confirmed = addDays(date, 14) < today;
  const topic = type === 'themedPartyDay' ? random.pick(THEMED_DAY_ACTIVITIES) : '';
  return {
    ...content,
    id: random.uuid(),
    branchId: branch.id,
    createdAt,
    updatedAt: confirmed ? instantOn(addDays(date, 2), '09:30') : createdAt,
    deleted: false,
    sessionName: topic ? `${content.sessionName}：${topic}` : content.sessionName,
    startAt: `${date}T${time}`,
    endAt: `${date}T${String(Number(time.slice(0, 2)) + 1).padStart(2, '0')}${time.slice(2)}`,
    place: random.pick(PLACES),
    hostMemberId,
    recorderMemberId,
    lecturer: type === 'partyLecture' ? (names.get(hostMemberId) ?? '支部书记') : '',
    lectureTitle: type === 'partyLecture' ? random.pick(LECTURE_TITLES) : '',
    partyGroupId: groupId,
    makesUpPeriod: late ? period.key : '',
    agendaItems: [...AGENDA[type]],
    discussionSummary: `${MEETING_TYPE_LABELS[type]}应到 ${attendance.length} 人，会议按议程进行，与会党员结合临床工作交流发言。`,
    attendance,
    makeUps: makeUpsOf(random, type, attendance, date, today),
    confirmation: confirmed
      ? { hostConfirmedBy: names.get(hostMemberId) ?? '', recorderConfirmedBy: names.get(recorderMemberId) ?? '', confirmedAt: instantOn(addDays(date, 2), '09:30') }
      : null,
    review: null,
  };
}

/** Every meeting of the branch over the years: each type at its rule frequency, per party group for 党小组会. */
export function generateMeetings(random: Random, branch: BranchRecord, members: readonly MemberRecord[], years: readonly number[], today: string, rules: MeetingRules): MeetingRecord[] {
  const context: MeetingContext = { branch, members, names: new Map(members.map((member) => [member.id, member.name])), rules, today };
  const meetings: MeetingRecord[] = [];
  for (const year of years) {
    for (const type of MEETING_TYPES) {
      const groups = type === 'partyGroupMeeting' ? (branch.partyGroups ?? []).map((group) => group.id) : [''];
      for (const period of periodsCovering(parsePeriod(String(year))!, rules[type].value.per)) {
        if (period.start > today) break;
        for (const groupId of groups) {
          const outcome = random.weighted(OUTCOMES);
          const date = outcome === 'late' ? addDays(period.end, random.int(3, 25)) : dayIn(random, period, type);
          if (outcome === 'missing' || date > today) continue;
          meetings.push(meetingOn(random, context, type, period, date, groupId, outcome === 'late'));
        }
      }
    }
  }
  return meetings.sort((a, b) => a.startAt.localeCompare(b.startAt));
}
