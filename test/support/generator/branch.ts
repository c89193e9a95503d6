import { addYears } from '../../../shared/dates';
import type { BranchRecord, CommitteeRole, CommitteeSeat, PartyGroup } from '../../../shared/branch/branch';
import type { MemberRecord } from '../../../shared/members/member';
import { generateMember } from './people';
import type { Random } from './random';

export interface BranchPlan {
  index: number;
  name: string;
  parentOrganizationName: string;
  department: string;
  /** Roster size, pipeline people included. */
  members: number;
  /** Index across the data set of the branch's first member (unique ID numbers). */
  firstMemberIndex: number;
}

export interface GeneratedBranch {
  branch: BranchRecord;
  members: MemberRecord[];
}

const ROLES_BY_SIZE: readonly CommitteeRole[] = ['secretary', 'organization', 'publicity', 'deputySecretary', 'discipline'];
const GROUP_NAMES = ['第一党小组', '第二党小组', '第三党小组', '第四党小组'];

/** Instants for records created when the ledger began: a fixed hour keeps them deterministic. */
export function instantOn(date: string, time = '08:00'): string {
  return `${date}T${time}:00.000Z`;
}

/** 3 seats up to 20 members, 5 above (党支部委员会由 3 至 5 人组成); none under 7 full members. */
function committeeOf(random: Random, fullMembers: readonly MemberRecord[]): CommitteeSeat[] {
  if (fullMembers.length < 7) return fullMembers.length ? [{ role: 'secretary', memberId: fullMembers[0]!.id }] : [];
  const size = fullMembers.length > 20 ? 5 : 3;
  const start = random.int(0, fullMembers.length - size);
  return ROLES_BY_SIZE.slice(0, size).map((role, offset) => ({ role, memberId: fullMembers[start + offset]!.id }));
}

/**
 * A branch as its secretary would have set it up at the start of the ledger: roster,
 * committee, party groups (one per 8 members or so, none in a small branch).
 */
export function generateBranch(random: Random, plan: BranchPlan, ledgerStart: string, today: string): GeneratedBranch {
  const id = random.uuid();
  const createdAt = instantOn(ledgerStart);
  const groupCount = plan.members < 10 ? 0 : Math.min(GROUP_NAMES.length, Math.max(2, Math.round(plan.members / 8)));
  const contents = Array.from({ length: plan.members }, (_, offset) => generateMember(random, plan.firstMemberIndex + offset, plan.department, today));
  const groups: PartyGroup[] = GROUP_NAMES.slice(0, groupCount).map((name) => ({ id: random.uuid(), name, leaderId: '' }));
  const members: MemberRecord[] = contents.map((content, offset) => ({
    ...content,
    branchId: id,
    createdAt,
    updatedAt: createdAt,
    deleted: false,
    partyGroupId: groups.length ? groups[offset % groups.length]!.id : '',
  }));
  const full = members.filter((member) => member.stage === 'full' && !member.retired);
  for (const group of groups) group.leaderId = full.find((member) => member.partyGroupId === group.id)?.id ?? '';
  const termStart = addYears(today, -random.int(0, 2));
  const branch: BranchRecord = {
    id,
    branchId: id,
    createdAt,
    updatedAt: createdAt,
    deleted: false,
    name: plan.name,
    parentOrganizationName: plan.parentOrganizationName,
    departments: [plan.department],
    isJoint: false,
    foundedOn: addYears(ledgerStart, -random.int(3, 20)),
    committee: committeeOf(random, full),
    termStart,
    termEnd: addYears(termStart, 3),
    secretaryIsDepartmentHead: random.chance(0.6),
    partyGroups: groups,
  };
  return { branch, members };
}
