import { compareDates } from '../../../../shared/dates';
import { COMMITTEE_ROLE_LABELS, type BranchKind, type BranchRecord, type CommitteeRole, type PartyGroup } from '../../../../shared/branch/branch';
import { newId } from '../../../../shared/records/base-record';
import type { BranchPatch } from './data/branch-repository';

export const COMMITTEE_ROLES = Object.keys(COMMITTEE_ROLE_LABELS) as CommitteeRole[];

/** The 支部信息 form: flat fields an antd Form can bind, one seat per committee role. */
export interface BranchFormValues {
  name: string;
  departments: string[];
  isJoint: boolean;
  /** 行政/临床/医技/后勤/离退休: which of the office's note targets apply. */
  kind: BranchKind | undefined;
  foundedOn: string;
  termStart: string;
  termEnd: string;
  secretaryIsDepartmentHead: boolean;
  seats: Record<CommitteeRole, string | undefined>;
  /** Names typed at setup for seats not yet linked to a member; kept until a member is chosen. */
  typedNames: Partial<Record<CommitteeRole, string>>;
  partyGroups: { id?: string; name: string; leaderId?: string }[];
}

export function branchFormValues(branch: BranchRecord): BranchFormValues {
  const seats = Object.fromEntries(COMMITTEE_ROLES.map((role) => [role, undefined])) as BranchFormValues['seats'];
  const typedNames: BranchFormValues['typedNames'] = {};
  for (const seat of branch.committee ?? []) {
    seats[seat.role] = seat.memberId || undefined;
    if (seat.memberId === '' && seat.name) typedNames[seat.role] = seat.name;
  }
  return {
    name: branch.name,
    departments: branch.departments ?? [],
    isJoint: branch.isJoint ?? false,
    kind: branch.kind,
    foundedOn: branch.foundedOn ?? '',
    termStart: branch.termStart ?? '',
    termEnd: branch.termEnd ?? '',
    secretaryIsDepartmentHead: branch.secretaryIsDepartmentHead ?? false,
    seats,
    typedNames,
    partyGroups: (branch.partyGroups ?? []).map((group) => ({ ...group, leaderId: group.leaderId || undefined })),
  };
}

export type BranchFormErrors = Partial<Record<'name' | 'termEnd' | 'partyGroups', string>>;

export function validateBranchForm(values: BranchFormValues): BranchFormErrors {
  const errors: BranchFormErrors = {};
  if (!values.name.trim()) errors.name = '请填写支部名称。';
  if (values.termStart && values.termEnd && compareDates(values.termEnd, values.termStart) <= 0) {
    errors.termEnd = '任期结束日期必须晚于任期开始日期。';
  }
  const names = values.partyGroups.map((group) => group.name.trim());
  if (names.some((name) => !name)) errors.partyGroups = '每个党小组都要填写名称。';
  else if (new Set(names).size !== names.length) errors.partyGroups = '党小组名称不能重复。';
  return errors;
}

/** The record change the form describes. Party groups keep their ids: members refer to them. */
export function branchPatchOf(values: BranchFormValues): BranchPatch {
  const partyGroups: PartyGroup[] = values.partyGroups.map((group) => ({
    id: group.id ?? newId(),
    name: group.name.trim(),
    leaderId: group.leaderId ?? '',
  }));
  return {
    name: values.name.trim(),
    departments: values.departments.map((department) => department.trim()).filter(Boolean),
    isJoint: values.isJoint,
    ...(values.kind ? { kind: values.kind } : {}),
    foundedOn: values.foundedOn,
    termStart: values.termStart,
    termEnd: values.termEnd,
    secretaryIsDepartmentHead: values.secretaryIsDepartmentHead,
    committee: COMMITTEE_ROLES.flatMap((role) => {
      const memberId = values.seats[role];
      const typed = values.typedNames?.[role];
      return memberId ? [{ role, memberId }] : typed ? [{ role, memberId: '', name: typed }] : [];
    }),
    partyGroups,
  };
}
