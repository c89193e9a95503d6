import { MAKE_UP_TYPES, type OwedMakeUp } from './attendance';
import { MeetingTally, type MeetingCounts } from './compliance';
import type { MeetingRecord, MeetingType } from './meeting-types';
import { OrgLifeScan, type OrgLife } from './org-life';

/**
 * What the central office's recount of a branch reads of one live meeting (its kept counts,
 * organisational life and owed make-ups), and nothing else: no minutes, no notes, no names.
 * Members are named by their number in the branch's `members` list.
 */
export interface MeetingFacts {
  id: string;
  type: MeetingType;
  partyGroupId: string;
  startAt: string;
  makesUpPeriod: string;
  /** The members present, in attendance order. */
  present: number[];
  /** The members on leave or absent, in attendance order. */
  missed: number[];
  /** Each make-up's member and date, in the meeting's order. */
  makeUpMembers: number[];
  makeUpDates: string[];
}

/**
 * The facts of one branch's live meetings, kept as one value beside the meetings (the ledger's
 * `meetingFacts` store, written in the same transaction as every meeting write): reading a
 * branch's five years costs one value instead of hundreds, each far smaller than a meeting
 * (docs/performance.md, round 7 of the overview).
 */
export interface BranchMeetingFacts {
  branchId: string;
  /** Member ids, each once; a fact names a member by its index here. Only grows. */
  members: string[];
  /** By id, in id order (the order a read of the meetings by branch gives). */
  meetings: MeetingFacts[];
}

export function emptyMeetingFacts(branchId: string): BranchMeetingFacts {
  return { branchId, members: [], meetings: [] };
}

/** A branch's facts being changed by meetings written, then made into a new value (`row` itself is not changed). */
export class MeetingFactsWriter {
  private readonly members: string[];
  private readonly numbers: Map<string, number>;
  private readonly byId: Map<string, MeetingFacts>;

  constructor(row?: BranchMeetingFacts) {
    this.members = [...(row?.members ?? [])];
    this.numbers = new Map(this.members.map((id, index) => [id, index]));
    this.byId = new Map((row?.meetings ?? []).map((facts) => [facts.id, facts]));
  }

  private numberOf(memberId: string): number {
    let number = this.numbers.get(memberId);
    if (number === undefined) {
      number = this.members.length;
      this.members.push(memberId);
      this.numbers.set(memberId, number);
    }
    return number;
  }

  /** A live meeting replaces (or adds) its facts, a deleted one removes them. */
  write(meeting: MeetingRecord): void {
    if (meeting.deleted) {
      this.byId.delete(meeting.id);
      return;
    }
    const present: number[] = [];
    const missed: number[] = [];
    // A value without attendance or make-ups (not one the app writes) counts as none, rather than failing the write.
    const { attendance = [], makeUps = [] } = meeting as Partial<MeetingRecord>;
    for (const entry of attendance) (entry.status === 'present' ? present : missed).push(this.numberOf(entry.memberId));
    this.byId.set(meeting.id, {
      id: meeting.id,
      type: meeting.type,
      partyGroupId: meeting.partyGroupId,
      startAt: meeting.startAt,
      makesUpPeriod: meeting.makesUpPeriod,
      present,
      missed,
      makeUpMembers: makeUps.map((makeUp) => this.numberOf(makeUp.memberId)),
      makeUpDates: makeUps.map((makeUp) => makeUp.date),
    });
  }

  done(branchId: string): BranchMeetingFacts {
    // Ids compared as IndexedDB compares string keys (by UTF-16 code unit), as `<` does.
    const meetings = [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { branchId, members: [...this.members], meetings };
  }
}

/** The branch's facts with these meetings of it written (live ones replace or add their facts, deleted ones remove them). */
export function withMeetingsWritten(row: BranchMeetingFacts | undefined, branchId: string, meetings: readonly MeetingRecord[]): BranchMeetingFacts {
  const writer = new MeetingFactsWriter(row);
  for (const meeting of meetings) writer.write(meeting);
  return writer.done(branchId);
}

/** A branch's facts made from its meetings (deleted ones left out). */
export function meetingFactsOf(branchId: string, meetings: readonly MeetingRecord[]): BranchMeetingFacts {
  return withMeetingsWritten(undefined, branchId, meetings);
}

/** The kept counts, organisational life and live meeting count of a branch, from its facts: what indexMeetings and orgLifeOf give from its meetings. */
export function countMeetingFacts({ members, meetings }: BranchMeetingFacts): { counts: MeetingCounts; orgLife: OrgLife; meetingCount: number } {
  const tally = new MeetingTally();
  const scan = new OrgLifeScan();
  for (const facts of meetings) {
    const { present } = facts;
    tally.add(facts, present.length + facts.missed.length, present.length);
    const month = scan.meetingMonth(facts.startAt);
    if (month) for (let index = 0; index < present.length; index += 1) scan.mark(members[present[index]!]!, month);
    for (let index = 0; index < facts.makeUpMembers.length; index += 1) scan.makeUp(members[facts.makeUpMembers[index]!]!, facts.makeUpDates[index]!);
  }
  return { counts: tally.counts(), orgLife: { firstMonth: scan.firstMonth, byMember: scan.byMember }, meetingCount: meetings.length };
}

/** branchOwedMakeUps from the facts: every make-up still owed, and how many people owe one. */
export function owedMakeUpsOfFacts({ members, meetings }: BranchMeetingFacts): { owed: OwedMakeUp[]; people: number } {
  const owed: OwedMakeUp[] = [];
  const people = new Set<string>();
  for (const facts of meetings) {
    if (!MAKE_UP_TYPES.has(facts.type) || facts.missed.length === 0) continue;
    for (const number of facts.missed) {
      if (facts.makeUpMembers.includes(number)) continue;
      const memberId = members[number]!;
      owed.push({ meetingId: facts.id, memberId });
      people.add(memberId);
    }
  }
  return { owed, people: people.size };
}
