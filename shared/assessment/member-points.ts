import type { BranchRecord } from '../branch/branch';
import { countKey } from '../meetings/compliance';
import type { MeetingRecord } from '../meetings/meeting-types';
import type { MemberRecord } from '../members/member';
import { rosterMonthsOfYear } from '../members/roster-periods';
import type { RuleGroups } from '../rules/rule-types';
import { studyLedger } from '../study/study-ledger';
import type { StudyNotebookRecord } from '../study/study-types';
import type { TalkRecord } from '../talks/talk';
import { talksInUnits, TALK_MEETING_TYPE } from '../talks/talk-counts';
import type { MemberActivityRecord } from './member-activity';
import { roundTenth, sumPoints } from './points';
import type { MemberPointSource, MemberPointsItem } from './scheme-types';

export interface MemberPointsInput {
  branch: BranchRecord;
  members: readonly MemberRecord[];
  meetings: readonly MeetingRecord[];
  notebooks: readonly StudyNotebookRecord[];
  /** 谈心谈话 records (schema v12): what 参加组织生活 counts of 谈心谈话. */
  talks: readonly TalkRecord[];
  activities: readonly MemberActivityRecord[];
  year: number;
  today: string;
  rules: Pick<RuleGroups, 'study' | 'development'>;
}

export interface MemberPointsLine {
  itemId: string;
  /** What was counted: meetings, make-ups, 学时, hours, duties. */
  units: number;
  points: number;
  /** The cap was reached. */
  capped: boolean;
}

export interface MemberPointsRow {
  memberId: string;
  name: string;
  lines: MemberPointsLine[];
  total: number;
  /** 1 for the most points; equal totals share a rank. */
  rank: number;
}

const inYear = (date: string, year: number) => date.slice(0, 4) === String(year);

/** A party member (正式 or 预备) on the branch's books in some month of the year. */
function countedIn(member: MemberRecord, year: number): boolean {
  if (member.deleted || (member.stage !== 'full' && member.stage !== 'probationary')) return false;
  return rosterMonthsOfYear(member, year).length > 0;
}

/** Units of each source per member for the year, from the meetings and talks, the 学时台账 and the activities. */
function unitsBySource(input: MemberPointsInput, memberIds: ReadonlySet<string>): Map<string, Record<MemberPointSource, number>> {
  const units = new Map<string, Record<MemberPointSource, number>>();
  for (const id of memberIds) units.set(id, { attendance: 0, makeUp: 0, studyHours: 0, volunteerHours: 0, pioneerPost: 0, modelPost: 0 });
  // 谈心谈话 from the talk records, as 三会一课 and 统计报表 count it (withTalkCounts): each counted talk
  // (face to face, not 函询) is one 组织生活 for each member talked with. Its 谈话人 hold it as a committee
  // duty; counting them would let a secretary fill the attendance cap by talking. A meeting recorded as
  // 谈心谈话 before the talk records (legacy) counts only in a year without any, never beside them.
  const talked = talksInUnits(input.talks, new Set([countKey(TALK_MEETING_TYPE, '', String(input.year))]));
  const talksById = new Map(input.talks.map((talk) => [talk.id, talk]));
  for (const id of talked.ids) {
    for (const memberId of new Set(talksById.get(id)!.memberIds)) {
      const counts = units.get(memberId);
      if (counts) counts.attendance += 1;
    }
  }
  for (const meeting of input.meetings) {
    if (meeting.deleted || (meeting.type === TALK_MEETING_TYPE && talked.units.size > 0)) continue;
    if (inYear(meeting.startAt, input.year)) {
      for (const entry of meeting.attendance) {
        const counts = units.get(entry.memberId);
        if (counts && entry.status === 'present') counts.attendance += 1;
      }
    }
    for (const makeUp of meeting.makeUps) {
      const counts = units.get(makeUp.memberId);
      if (counts && inYear(makeUp.date, input.year)) counts.makeUp += 1;
    }
  }
  const ledger = studyLedger({ ...input, members: input.members.filter((member) => memberIds.has(member.id)) });
  for (const row of ledger.rows) {
    const counts = units.get(row.member.id);
    if (counts) counts.studyHours = row.total;
  }
  for (const activity of input.activities) {
    const counts = units.get(activity.memberId);
    if (activity.deleted || !counts || !inYear(activity.date, input.year)) continue;
    if (activity.kind === 'volunteer') counts.volunteerHours += activity.hours;
    else counts[activity.kind] += 1;
  }
  return units;
}

/**
 * 党员积分 of a branch for a year: for each member (正式 and 预备 党员 on the books that year),
 * each item of the scheme scores its units times the item's points, up to its cap; then a
 * ranking inside the branch. Recomputed from the records on every read.
 */
export function memberPoints(items: readonly MemberPointsItem[], input: MemberPointsInput): MemberPointsRow[] {
  const members = input.members.filter((member) => countedIn(member, input.year));
  const units = unitsBySource(input, new Set(members.map((member) => member.id)));
  const rows = members.map((member) => {
    const counts = units.get(member.id)!;
    const lines = items.map((item) => {
      const raw = roundTenth(counts[item.source] * item.pointsPerUnit);
      return { itemId: item.id, units: counts[item.source], points: Math.min(raw, item.maxPoints), capped: raw >= item.maxPoints && raw > 0 };
    });
    return { memberId: member.id, name: member.name, lines, total: sumPoints(lines.map((line) => line.points)), rank: 0 };
  });
  rows.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh-CN'));
  rows.forEach((row, index) => {
    row.rank = index > 0 && rows[index - 1]!.total === row.total ? rows[index - 1]!.rank : index + 1;
  });
  return rows;
}
