import { EMPTY_MILESTONES, type DevelopmentMilestones, type MemberRecord } from '../../../../shared/members/member';
import type { MemberInput } from '../../../../shared/members/member-validation';

/** A full member whose every field is valid, to be bent one field at a time by each test. */
export function memberInput(patch: Partial<MemberInput> = {}, development: Partial<DevelopmentMilestones> = {}): MemberInput {
  return {
    name: '张晓梅',
    gender: 'female',
    birthDate: '1990-03-07',
    ethnicity: '汉族',
    education: '硕士研究生',
    title: '主治医师',
    department: '心内科',
    post: '医师',
    phone: '13800138000',
    idNumber: '',
    partyGroupId: '',
    stage: 'applicant',
    joinedOn: '',
    fullMembershipOn: '',
    retired: false,
    transfers: [],
    ...patch,
    development: { ...EMPTY_MILESTONES, ...development },
  };
}

let sequence = 0;

export function memberRecord(patch: Partial<MemberInput> = {}, development: Partial<DevelopmentMilestones> = {}): MemberRecord {
  sequence += 1;
  return {
    ...memberInput(patch, development),
    id: `member-${sequence}`,
    branchId: 'branch-1',
    // Kept in the app long before any test's today: nothing it is due for predates its records.
    createdAt: '2000-01-01T00:00:00.000Z',
    updatedAt: '2000-01-01T00:00:00.000Z',
    deleted: false,
  };
}
