import type { MemberRecord } from '../../../../shared/members/member';
import { currentLeaving } from '../../../../shared/members/roster-periods';

export interface MemberOption {
  value: string;
  label: string;
}

/**
 * Select options naming members; the department tells apart two people of one name,
 * which is common in a hospital of thousands.
 */
export function memberOptions(members: readonly MemberRecord[], include: (member: MemberRecord) => boolean = () => true): MemberOption[] {
  return members
    // Only people still on the roster: those transferred out or whose membership ended are not picked for new records.
    .filter((member) => !member.deleted && currentLeaving(member) === null && include(member))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    .map((member) => ({ value: member.id, label: member.department ? `${member.name}（${member.department}）` : member.name }));
}

export const isFullMember = (member: MemberRecord) => member.stage === 'full';

/** Full and probationary members: the people who belong to the branch (not applicants). */
export const isPartyMember = (member: MemberRecord) => member.stage === 'full' || member.stage === 'probationary';
