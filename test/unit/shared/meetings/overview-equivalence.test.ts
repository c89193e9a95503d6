import { beforeAll, describe, expect, it } from 'vitest';
import { monthOfDate, type MonthKey } from '../../../../shared/dues/months';
import { branchOwedMakeUps, owedMakeUps } from '../../../../shared/meetings/attendance';
import { countedGroup, countedPeriod, countKey, indexMeetings, MEETING_COUNTS_KEY, meetingCountsOf } from '../../../../shared/meetings/compliance';
import { countMeetingFacts, meetingFactsOf, owedMakeUpsOfFacts, withMeetingsWritten } from '../../../../shared/meetings/meeting-facts';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { orgLifeOf } from '../../../../shared/meetings/org-life';
import { FREQUENCY_PERIODS } from '../../../../shared/rules/rule-types';
import { DEFAULT_TODAY, generateBranches, SCALES, type BranchData } from '../../../support/generator';

/**
 * Round 6 rewrote the meeting index, the organisational-life scan and the owed make-ups for
 * speed (one map update per meeting, a meeting's month read once for its attendance). These
 * are the straightforward versions they replaced, one meeting and one entry at a time; the
 * new ones must give exactly what they gave on generated hospital branches, 补开, deleted
 * meetings and invalid dates included.
 */
function referenceIndex(meetings: readonly MeetingRecord[]) {
  const counts = new Map<string, { onTime: number; late: number }>();
  const months = new Map<string, { held: number; expected: number; present: number }>();
  const live = meetings.filter((meeting) => !meeting.deleted);
  let lastMeetingOn: string | null = null;
  for (const meeting of live) {
    for (const per of FREQUENCY_PERIODS) {
      const { key, late } = countedPeriod(meeting, per);
      const id = countKey(meeting.type, countedGroup(meeting), key);
      const held = counts.get(id) ?? { onTime: 0, late: 0 };
      if (late) held.late += 1;
      else held.onTime += 1;
      counts.set(id, held);
    }
    const date = meeting.startAt.slice(0, 10);
    if (lastMeetingOn === null || date > lastMeetingOn) lastMeetingOn = date;
    const month = months.get(date.slice(0, 7)) ?? { held: 0, expected: 0, present: 0 };
    month.held += 1;
    month.expected += meeting.attendance.length;
    month.present += meeting.attendance.filter((entry) => entry.status === 'present').length;
    months.set(date.slice(0, 7), month);
  }
  return { rulesKey: MEETING_COUNTS_KEY, counts, months, lastMeetingOn, live };
}

function referenceOrgLife(meetings: readonly MeetingRecord[]) {
  const live = meetings.filter((meeting) => !meeting.deleted);
  const byMember = new Map<string, Set<MonthKey>>();
  const mark = (memberId: string, date: string) => {
    const month = monthOfDate(date);
    if (month) byMember.set(memberId, (byMember.get(memberId) ?? new Set()).add(month));
  };
  let firstMonth: MonthKey | null = null;
  for (const meeting of live) {
    const month = monthOfDate(meeting.startAt.slice(0, 10));
    if (month && (firstMonth === null || month < firstMonth)) firstMonth = month;
    for (const entry of meeting.attendance) if (entry.status === 'present') mark(entry.memberId, meeting.startAt.slice(0, 10));
    for (const makeUp of meeting.makeUps) mark(makeUp.memberId, makeUp.date);
  }
  return { firstMonth, byMember };
}

function referenceOwed(meetings: readonly MeetingRecord[]) {
  const owed = meetings
    .filter((meeting) => !meeting.deleted)
    .flatMap((meeting) => {
      const madeUp = new Set(meeting.makeUps.map((makeUp) => makeUp.memberId));
      const missed = ['partyMemberAssembly', 'committeeMeeting', 'partyGroupMeeting', 'partyLecture', 'themedPartyDay', 'organizationalLifeMeeting', 'democraticAppraisal'].includes(meeting.type)
        ? meeting.attendance.filter((entry) => entry.status !== 'present' && !madeUp.has(entry.memberId))
        : [];
      return missed.map((entry) => ({ meetingId: meeting.id, memberId: entry.memberId }));
    });
  return { owed, people: new Set(owed.map((item) => item.memberId)).size };
}

/** Maps and sets as sorted entries, so that the comparison says nothing about insertion order. */
function plain(value: unknown): unknown {
  if (value instanceof Map) return [...value.entries()].map(([key, item]) => [key, plain(item)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  if (value instanceof Set) return [...value].sort();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  return value;
}

/** Edge cases the generator does not make: 补开 for an earlier month, quarter and year, one not earlier, one naming nothing; deleted meetings; a make-up with an invalid date. */
function withEdgeCases(meetings: readonly MeetingRecord[]): MeetingRecord[] {
  const madeUpFor = ['', '2022-01', '2023-Q1', '2024', '2099-12', 'not a period', '2026-H1'];
  return meetings.map((meeting, index) => {
    if (index % 97 === 0) return { ...meeting, deleted: true };
    if (index % 13 === 0) return { ...meeting, makesUpPeriod: madeUpFor[index % madeUpFor.length]! };
    if (index % 31 === 0 && meeting.attendance[0]) return { ...meeting, makeUps: [...meeting.makeUps, { id: `m${index}`, memberId: meeting.attendance[0].memberId, date: '2026-02-30', method: 'selfStudy', note: '' }] };
    return meeting;
  });
}

describe('the fast meeting index, organisational life and owed make-ups give what the one-by-one versions gave, from the records and from their kept facts', () => {
  let branches: BranchData[];
  beforeAll(() => {
    branches = [];
    for (const branch of generateBranches(SCALES.hospital, { today: DEFAULT_TODAY })) {
      branches.push(branch);
      if (branches.length === 12) break;
    }
  });

  it('on generated hospital branches, five years each, and with 补开, deletions and an invalid make-up date mixed in', () => {
    let meetings = 0;
    let madeUp = 0;
    for (const branch of branches) {
      for (const list of [branch.meetings, withEdgeCases(branch.meetings)]) {
        meetings += list.length;
        madeUp += list.filter((meeting) => meeting.makesUpPeriod).length;
        expect(plain(indexMeetings(list))).toEqual(plain(referenceIndex(list)));
        expect(plain(orgLifeOf(list))).toEqual(plain(referenceOrgLife(list)));
        expect(branchOwedMakeUps(list)).toEqual(referenceOwed(list));
        // The recount from the kept facts (meeting-facts.ts) gives what the records give, made at
        // once and made as writes arrive (half first, then every meeting again, edits over them).
        const branchId = branch.branch.id;
        const half = list.slice(0, Math.floor(list.length / 2)).map((meeting) => ({ ...meeting, deleted: false, startAt: '2021-03-01T09:00' }));
        for (const facts of [meetingFactsOf(branchId, list), withMeetingsWritten(withMeetingsWritten(undefined, branchId, half), branchId, list)]) {
          const counted = countMeetingFacts(facts);
          const index = indexMeetings(list);
          expect(plain(counted.counts)).toEqual(plain(meetingCountsOf(index)));
          expect(counted.meetingCount).toBe(index.live.length);
          expect(plain(counted.orgLife)).toEqual(plain(orgLifeOf(list)));
          // In the order a read of the meetings by branch gives (by id), as the facts keep them.
          expect(owedMakeUpsOfFacts(facts)).toEqual(branchOwedMakeUps([...list].sort((a, b) => (a.id < b.id ? -1 : 1))));
        }
      }
    }
    // The comparison saw real data: thousands of meetings, hundreds of them 补开.
    expect(meetings).toBeGreaterThan(3_000);
    expect(madeUp).toBeGreaterThan(200);
  });

  it('owes a make-up per absent or on-leave member without one, and none for a 谈心谈话', () => {
    const meeting = branches[0]!.meetings.find((item) => item.attendance.some((entry) => entry.status !== 'present'))!;
    expect(owedMakeUps(meeting)).toEqual(meeting.attendance.filter((entry) => entry.status !== 'present' && !meeting.makeUps.some((makeUp) => makeUp.memberId === entry.memberId)).map((entry) => entry.memberId));
    expect(owedMakeUps({ ...meeting, type: 'heartToHeartTalk' })).toEqual([]);
  });
});
