import { isAwayOn } from '../../../../shared/members/absence';
import { DEVELOPMENT_STAGES, type DevelopmentStage, type MemberRecord } from '../../../../shared/members/member';

export interface MemberFilters {
  /** Matched against name, department, post, phone and ID number. */
  search: string;
  status: 'all' | 'full' | 'probationary' | 'notMember';
  /** A party group id, '' for members of none, or 'all'. */
  partyGroupId: string;
  stage: DevelopmentStage | 'all';
  includeRetired: boolean;
  /** 外出党员: those away today, those here today, or everyone. */
  away: 'all' | 'away' | 'here';
}

export const NO_FILTERS: MemberFilters = { search: '', status: 'all', partyGroupId: 'all', stage: 'all', includeRetired: true, away: 'all' };

export type MemberSortKey = 'name' | 'department' | 'stage' | 'joinedOn' | 'birthDate';

const STAGE_ORDER = new Map(DEVELOPMENT_STAGES.map((stage, index) => [stage, index]));

function matchesStatus(member: MemberRecord, status: MemberFilters['status']): boolean {
  switch (status) {
    case 'all':
      return true;
    case 'full':
    case 'probationary':
      return member.stage === status;
    case 'notMember':
      return member.stage !== 'full' && member.stage !== 'probationary';
  }
}

function matchesSearch(member: MemberRecord, needle: string): boolean {
  if (!needle) return true;
  return [member.name, member.department, member.post, member.phone, member.idNumber.toLowerCase()].some((text) =>
    text.includes(needle),
  );
}

function matchesAway(member: MemberRecord, away: MemberFilters['away'], today: string): boolean {
  return away === 'all' || isAwayOn(member, today) === (away === 'away');
}

/**
 * The roster as the 党员 screen shows it (away or not as of `today`). The whole branch is in memory (a branch's
 * roster is read whole), so filtering here costs a few milliseconds even for thousands
 * of rows and needs no index.
 */
export function filterMembers(members: readonly MemberRecord[], filters: MemberFilters, today: string): MemberRecord[] {
  const needle = filters.search.trim().toLowerCase();
  return members.filter(
    (member) =>
      !member.deleted &&
      matchesStatus(member, filters.status) &&
      (filters.partyGroupId === 'all' || member.partyGroupId === filters.partyGroupId) &&
      (filters.stage === 'all' || member.stage === filters.stage) &&
      (filters.includeRetired || !member.retired) &&
      matchesAway(member, filters.away, today) &&
      matchesSearch(member, needle),
  );
}

const COLLATOR = new Intl.Collator('zh-CN');

/** A comparator for one column; empty dates sort last so the people with a date come first. */
export function compareMembers(key: MemberSortKey): (a: MemberRecord, b: MemberRecord) => number {
  switch (key) {
    case 'stage':
      return (a, b) => STAGE_ORDER.get(a.stage)! - STAGE_ORDER.get(b.stage)!;
    case 'joinedOn':
    case 'birthDate':
      return (a, b) => (a[key] || '9999').localeCompare(b[key] || '9999');
    case 'name':
    case 'department':
      return (a, b) => COLLATOR.compare(a[key], b[key]);
  }
}
