import { describe, expect, it } from 'vitest';
import { branchWarnings } from '../../../../shared/branch/branch-warnings';
import type { BranchRecord, CommitteeRole } from '../../../../shared/branch/branch';
import type { DevelopmentStage, MemberRecord } from '../../../../shared/members/member';
import { NATIONAL_RULE_SET as RULES } from '../../../../shared/rules/rule-set';
import { memberRecord } from '../support/member-fixture';

const TODAY = '2026-03-10';

const people = (count: number, stage: DevelopmentStage = 'full'): MemberRecord[] =>
  Array.from({ length: count }, () => memberRecord({ stage }));

const ROLES: CommitteeRole[] = ['secretary', 'deputySecretary', 'organization', 'publicity', 'discipline'];

function branch(patch: Partial<BranchRecord> = {}, committee: MemberRecord[] = []): BranchRecord {
  return {
    id: 'branch-1',
    branchId: 'branch-1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deleted: false,
    name: '内科第一党支部',
    parentOrganizationName: '市人民医院党委',
    termStart: '2024-06-01',
    termEnd: '2027-05-31',
    committee: committee.map((member, index) => ({ role: ROLES[index % ROLES.length]!, memberId: member.id })),
    ...patch,
  };
}

const codes = (b: BranchRecord, members: MemberRecord[], today = TODAY) => branchWarnings(b, members, RULES, today).map((w) => w.code);

describe('branchWarnings', () => {
  it('raises nothing for a healthy branch of 10 full members with a committee of 3', () => {
    const members = people(10);
    expect(branchWarnings(branch({}, members.slice(0, 3)), members, RULES, TODAY)).toEqual([]);
  });

  it('warns within 6 months of the term end and calls for 换届 once it has passed', () => {
    const members = people(3);
    const ending = branch({ termEnd: '2026-09-10' }, members.slice(0, 1));
    expect(codes(ending, members, '2026-03-09')).toEqual([]);
    expect(branchWarnings(ending, members, RULES, '2026-03-10')).toEqual([
      { code: 'TERM_ENDING', severity: 'warning', message: '本届任期将于 2026-09-10 届满，请提前做好换届选举准备。' },
    ]);
    expect(codes(ending, members, '2026-09-10')).toEqual(['TERM_ENDING']);
    expect(branchWarnings(ending, members, RULES, '2026-09-11')).toEqual([
      {
        code: 'TERM_EXPIRED',
        severity: 'error',
        message: '本届任期已于 2026-09-10 届满，需换届。经上级党组织批准延期的，延期一般不超过 1 年。',
      },
    ]);
  });

  it('derives the term end from the start when only the start is recorded', () => {
    const members = people(3);
    const started = branch({ termStart: '2023-03-20', termEnd: undefined }, members.slice(0, 1));
    expect(codes(started, members)).toEqual(['TERM_ENDING']);
  });

  it('notes a committee without recorded term dates', () => {
    const members = people(3);
    expect(codes(branch({ termStart: undefined, termEnd: undefined }, members.slice(0, 1)), members)).toEqual(['TERM_NOT_RECORDED']);
  });

  it('asks a branch with fewer than 3 full members to be joint', () => {
    const members = [...people(2), ...people(3, 'probationary')];
    const small = branch({}, members.slice(0, 1));
    expect(branchWarnings(small, members, RULES, TODAY)).toEqual([
      { code: 'TOO_FEW_FULL_MEMBERS', severity: 'warning', message: '正式党员不足 3 名（现有 2 名），应与邻近单位成立联合党支部。' },
    ]);
    expect(codes(branch({ isJoint: true }, members.slice(0, 1)), members)).toEqual([]);
    const three = people(3);
    expect(codes(branch({}, three.slice(0, 1)), three)).toEqual([]);
  });

  it('limits a joint branch to 5 units', () => {
    const members = people(3);
    const joint = (count: number) => branch({ isJoint: true, departments: Array.from({ length: count }, (_, i) => `科室${i}`) }, members.slice(0, 1));
    expect(codes(joint(5), members)).toEqual([]);
    expect(codes(joint(6), members)).toEqual(['JOINT_TOO_MANY_UNITS']);
  });

  it('warns above 50 members, counting probationary but not earlier stages or deleted records', () => {
    const fifty = [...people(45), ...people(5, 'probationary'), ...people(4, 'candidate'), { ...memberRecord({ stage: 'full' }), deleted: true }];
    const committee = fifty.slice(0, 3);
    expect(codes(branch({}, committee), fifty)).toEqual([]);
    const fiftyOne = [...fifty, memberRecord({ stage: 'probationary' })];
    expect(branchWarnings(branch({}, committee), fiftyOne, RULES, TODAY)).toEqual([
      {
        code: 'TOO_MANY_MEMBERS',
        severity: 'warning',
        message: '党支部党员人数一般不超过 50 名（现有 51 名），请考虑调整组织设置。',
      },
    ]);
  });

  it('calls for a committee from 7 full members when fewer than 3 hold seats', () => {
    const six = people(6);
    expect(codes(branch({}, six.slice(0, 1)), six)).toEqual([]);
    const seven = people(7);
    expect(branchWarnings(branch({}, seven.slice(0, 2)), seven, RULES, TODAY)).toEqual([
      {
        code: 'COMMITTEE_REQUIRED',
        severity: 'warning',
        message: '正式党员 7 名，已达 7 名，应设立 3 至 5 人的支部委员会（现有委员 2 名）。',
      },
    ]);
    expect(codes(branch({}, seven.slice(0, 3)), seven)).toEqual([]);
  });

  it('counts a person holding two seats once', () => {
    const seven = people(7);
    const doubled = branch({
      committee: [
        { role: 'secretary', memberId: seven[0]!.id },
        { role: 'organization', memberId: seven[0]!.id },
        { role: 'publicity', memberId: seven[1]!.id },
      ],
    });
    expect(codes(doubled, seven)).toEqual(['COMMITTEE_REQUIRED']);
  });

  it('notes a committee above 5 and warns above 7', () => {
    const members = people(20);
    expect(codes(branch({}, members.slice(0, 5)), members)).toEqual([]);
    expect(codes(branch({}, members.slice(0, 6)), members)).toEqual(['COMMITTEE_ABOVE_NORMAL']);
    expect(codes(branch({}, members.slice(0, 7)), members)).toEqual(['COMMITTEE_ABOVE_NORMAL']);
    expect(branchWarnings(branch({}, members.slice(0, 8)), members, RULES, TODAY)).toEqual([
      { code: 'COMMITTEE_TOO_LARGE', severity: 'warning', message: '支部委员会一般不超过 7 人（现有 8 人）。' },
    ]);
  });

  it('requires a named secretary', () => {
    const members = people(3);
    const noSecretary = branch({ committee: [{ role: 'organization', memberId: members[0]!.id }] });
    expect(branchWarnings(noSecretary, members, RULES, TODAY)).toEqual([
      { code: 'NO_SECRETARY', severity: 'error', message: '尚未明确党支部书记。' },
    ]);
    expect(codes(branch({ committee: [{ role: 'secretary', memberId: '' }] }), members)).toEqual(['NO_SECRETARY']);
    expect(codes(branch({ committee: undefined }), members)).toEqual(['NO_SECRETARY']);
  });

  it('does not call a secretary typed at setup missing: it says the name waits for the roster', () => {
    expect(branchWarnings(branch({ committee: [{ role: 'secretary', memberId: '', name: '王芳' }] }), people(3), RULES, TODAY)).toEqual([
      { code: 'SECRETARY_NOT_LINKED', severity: 'info', message: '书记“王芳”还不在名册中：导入名册或新增该党员后自动关联，也可在“支部信息”中选择。' },
    ]);
  });

  it('flags seats held by people who are not live full members', () => {
    const members = people(3);
    const probationary = memberRecord({ stage: 'probationary' });
    const gone = { ...memberRecord({ stage: 'full' }), deleted: true };
    const seated = branch({}, [members[0]!, probationary, gone]);
    expect(branchWarnings(seated, [...members, probationary, gone], RULES, TODAY)).toEqual([
      {
        code: 'COMMITTEE_MEMBER_NOT_FULL',
        severity: 'warning',
        message: '有 2 名支部委员不是本支部的正式党员（可能已转出、已删除或仍为预备党员），请核对。',
      },
    ]);
  });

  it('puts errors first', () => {
    const members = people(1);
    const b = branch({ termEnd: '2025-12-31', committee: [] });
    expect(branchWarnings(b, members, RULES, TODAY).map((w) => w.severity)).toEqual(['error', 'error', 'warning']);
  });
});
