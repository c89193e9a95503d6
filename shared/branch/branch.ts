import type { BranchBrand } from '../activities/activity';
import type { BaseRecord } from '../records/base-record';

export type CommitteeRole = 'secretary' | 'deputySecretary' | 'organization' | 'publicity' | 'discipline';

export const COMMITTEE_ROLE_LABELS: Record<CommitteeRole, string> = {
  secretary: '书记',
  deputySecretary: '副书记',
  organization: '组织委员',
  publicity: '宣传委员',
  discipline: '纪检委员',
};

export interface CommitteeSeat {
  role: CommitteeRole;
  /** A member of the branch (MemberRecord.id); '' while the seat holds only a typed name. */
  memberId: string;
  /**
   * The holder's name as typed at setup, before the roster was in: the seat is linked to
   * the member of that name when they arrive (linkCommitteeByName), and the name stays.
   */
  name?: string;
}

/**
 * Seats that hold a typed name and no member, linked to the one live member of exactly that
 * name; a name two members share, or none has yet, stays unlinked. Pure.
 */
export function linkCommitteeByName(
  committee: readonly CommitteeSeat[],
  members: readonly { id: string; name: string; deleted?: boolean }[],
): { committee: CommitteeSeat[]; linked: CommitteeSeat[] } {
  const linked: CommitteeSeat[] = [];
  const seats = committee.map((seat) => {
    if (seat.memberId !== '' || !seat.name) return seat;
    const same = members.filter((member) => !member.deleted && member.name === seat.name);
    if (same.length !== 1) return seat;
    const filled = { ...seat, memberId: same[0]!.id };
    linked.push(filled);
    return filled;
  });
  return { committee: seats, linked };
}

export interface PartyGroup {
  /** Stable UUID: members refer to it. */
  id: string;
  name: string;
  /** MemberRecord.id of the group leader (党小组组长), or '' while none is named. */
  leaderId: string;
}

/**
 * What the branch's members do, as hospitals grade them: note targets (and other local
 * rules) differ between, say, a 行政 and a 临床 branch.
 */
export const BRANCH_KINDS = ['administrative', 'clinical', 'medicalTechnical', 'logistics', 'retired'] as const;
export type BranchKind = (typeof BRANCH_KINDS)[number];

export const BRANCH_KIND_LABELS: Record<BranchKind, string> = {
  administrative: '行政',
  clinical: '临床',
  medicalTechnical: '医技',
  logistics: '后勤',
  retired: '离退休',
};

/** A Party branch (党支部). The record's id is also its own branchId. */
export interface BranchRecord extends BaseRecord {
  name: string;
  /** The hospital Party committee the branch belongs to. */
  parentOrganizationName: string;
  /** Departments (科室) the branch covers; a joint branch covers several. */
  departments?: string[];
  /** 联合支部: set up jointly by units with fewer than 3 full members each. */
  isJoint?: boolean;
  /** YYYY-MM-DD */
  foundedOn?: string;
  committee?: CommitteeSeat[];
  /** Current committee term, YYYY-MM-DD. */
  termStart?: string;
  termEnd?: string;
  /** The secretary also heads the department ("双带头人"). */
  secretaryIsDepartmentHead?: boolean;
  partyGroups?: PartyGroup[];
  /** 行政/临床/医技/后勤/离退休; unset until the branch says, when no per-kind target applies. */
  kind?: BranchKind;
  /** 一支部一品牌: the branch's Party-building brand; unset until the branch names one. */
  brand?: BranchBrand;
}
