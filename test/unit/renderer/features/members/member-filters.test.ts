import { describe, expect, it } from 'vitest';
import { NO_FILTERS, compareMembers, filterMembers } from '../../../../../renderer/src/features/members/member-filters';
import { memberRecord } from '../../../shared/support/member-fixture';

const roster = [
  memberRecord({ name: '王芳', stage: 'full', department: '心内科', partyGroupId: 'g1', joinedOn: '2001-07-01', idNumber: '11010519491231002X' }),
  memberRecord({ name: '李强', stage: 'probationary', department: '呼吸内科', partyGroupId: 'g2', joinedOn: '2026-01-10' }),
  memberRecord({ name: '陈静', stage: 'applicant', department: '心内科', partyGroupId: '', phone: '13912345678' }),
  memberRecord({ name: '赵刚', stage: 'full', department: '肾内科', partyGroupId: 'g1', retired: true, joinedOn: '' }),
  { ...memberRecord({ name: '周敏', stage: 'full', department: '心内科', partyGroupId: 'g1' }), deleted: true },
];

const names = (list: { name: string }[]) => list.map((member) => member.name);

describe('filterMembers', () => {
  it('never shows deleted members', () => {
    expect(names(filterMembers(roster, NO_FILTERS))).toEqual(['王芳', '李强', '陈静', '赵刚']);
  });

  it('filters by membership status', () => {
    expect(names(filterMembers(roster, { ...NO_FILTERS, status: 'full' }))).toEqual(['王芳', '赵刚']);
    expect(names(filterMembers(roster, { ...NO_FILTERS, status: 'probationary' }))).toEqual(['李强']);
    expect(names(filterMembers(roster, { ...NO_FILTERS, status: 'notMember' }))).toEqual(['陈静']);
  });

  it('filters by party group, including members of none', () => {
    expect(names(filterMembers(roster, { ...NO_FILTERS, partyGroupId: 'g1' }))).toEqual(['王芳', '赵刚']);
    expect(names(filterMembers(roster, { ...NO_FILTERS, partyGroupId: '' }))).toEqual(['陈静']);
  });

  it('filters by stage and leaves out the retired on request', () => {
    expect(names(filterMembers(roster, { ...NO_FILTERS, stage: 'applicant' }))).toEqual(['陈静']);
    expect(names(filterMembers(roster, { ...NO_FILTERS, includeRetired: false }))).toEqual(['王芳', '李强', '陈静']);
  });

  it('searches name, department, phone and ID number (a lower-case x finds an upper-case X)', () => {
    expect(names(filterMembers(roster, { ...NO_FILTERS, search: ' 心内 ' }))).toEqual(['王芳', '陈静']);
    expect(names(filterMembers(roster, { ...NO_FILTERS, search: '1391234' }))).toEqual(['陈静']);
    expect(names(filterMembers(roster, { ...NO_FILTERS, search: '002x' }))).toEqual(['王芳']);
    expect(names(filterMembers(roster, { ...NO_FILTERS, search: '李' }))).toEqual(['李强']);
  });
});

describe('compareMembers', () => {
  it('sorts by pipeline stage in order and puts missing dates last', () => {
    const live = roster.slice(0, 4);
    expect(names([...live].sort(compareMembers('stage')))).toEqual(['陈静', '李强', '王芳', '赵刚']);
    expect(names([...live].sort(compareMembers('joinedOn')))).toEqual(['王芳', '李强', '陈静', '赵刚']);
  });

  it('sorts names in Chinese collation order', () => {
    const sorted = [...roster.slice(0, 4)].sort(compareMembers('name'));
    expect(names(sorted)).toEqual([...names(roster.slice(0, 4))].sort(new Intl.Collator('zh-CN').compare));
  });
});
