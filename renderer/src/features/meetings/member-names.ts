import { useMemo } from 'react';
import { membershipStatusOf, type MemberRecord } from '../../../../shared/members/member';

export interface MemberOption {
  value: string;
  label: string;
}

/** Names by member id, with a placeholder for a member since removed from the roster. */
export function nameOf(names: ReadonlyMap<string, string>, memberId: string): string {
  return names.get(memberId) ?? (memberId ? '（已不在名册）' : '');
}

/** The roster as names and as select options (members first, by name), for the meeting screens. */
export function useMemberNames(members: readonly MemberRecord[] | undefined) {
  return useMemo(() => {
    const roster = members ?? [];
    const names = new Map(roster.map((member) => [member.id, member.name]));
    const sorted = [...roster].sort(
      (a, b) =>
        Number(membershipStatusOf(a.stage) === 'none') - Number(membershipStatusOf(b.stage) === 'none') || a.name.localeCompare(b.name, 'zh-CN'),
    );
    const options: MemberOption[] = sorted.map((member) => ({ value: member.id, label: member.name }));
    return { names, options };
  }, [members]);
}
