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

const TODAY = '2026-06-15';
const away = (from: string, until: string) => ({ id: `a-${from}`, from, until, place: '北京协和医院', reason: '进修', certificate: '', duesArrangement: 'destination' as const, duesNote: '' });
const withAbsences = [
  { ...roster[0]!, absences: [away('2026-03-01', '2026-06-14')] },
  { ...roster[1]!, absences: [away('2026-06-15', '')] },
  { ...roster[2]!, absences: [away('2026-06-16', '2026-12-31')] },
  roster[3]!,
];

const names = (list: { name: string }[]) => list.map((member) => member.name);

describe('filterMembers', () => {
  it('never shows deleted members', () => {
    expect(names(filterMembers(roster, NO_FILTERS, TODAY))).toEqual(['王芳', '李强', '陈静', '赵刚']);
  });

  it('filters by membership status', () => {
    expect(names(filterMembers(roster, { ...NO_FILTERS, status: 'full' }, TODAY))).toEqual(['王芳', '赵刚']);
    expect(names(filterMembers(roster, { ...NO_FILTERS, status: 'probationary' }, TODAY))).toEqual(['李强']);
    expect(names(filterMembers(roster, { ...NO_FILTERS, status: 'notMember' }, TODAY))).toEqual(['陈静']);
  });

  it('filters by party group, including members of none', () => {
    expect(names(filterMembers(roster, { ...NO_FILTERS, partyGroupId: 'g1' }, TODAY))).toEqual(['王芳', '赵刚']);
    expect(names(filterMembers(roster, { ...NO_FILTERS, partyGroupId: '' }, TODAY))).toEqual(['陈静']);
  });

  it('filters by stage and leaves out the retired on request', () => {
    expect(names(filterMembers(roster, { ...NO_FILTERS, stage: 'applicant' }, TODAY))).toEqual(['陈静']);
    expect(names(filterMembers(roster, { ...NO_FILTERS, includeRetired: false }, TODAY))).toEqual(['王芳', '李强', '陈静']);
  });

  it('searches name, department, phone and ID number (a lower-case x finds an upper-case X)', () => {
    expect(names(filterMembers(roster, { ...NO_FILTERS, search: ' 心内 ' }, TODAY))).toEqual(['王芳', '陈静']);
    expect(names(filterMembers(roster, { ...NO_FILTERS, search: '1391234' }, TODAY))).toEqual(['陈静']);
    expect(names(filterMembers(roster, { ...NO_FILTERS, search: '002x' }, TODAY))).toEqual(['王芳']);
    expect(names(filterMembers(roster, { ...NO_FILTERS, search: '李' }, TODAY))).toEqual(['李强']);
  });
});

describe('filterMembers by 外出', () => {
  it('keeps those away today (an open return date included), or those here, or everyone', () => {
    expect(names(filterMembers(withAbsences, { ...NO_FILTERS, away: 'away' }, TODAY))).toEqual(['李强']);
    expect(names(filterMembers(withAbsences, { ...NO_FILTERS, away: 'here' }, TODAY))).toEqual(['王芳', '陈静', '赵刚']);
    expect(names(filterMembers(withAbsences, NO_FILTERS, TODAY))).toEqual(['王芳', '李强', '陈静', '赵刚']);
    // The day before her return date 王芳 was still away.
    expect(names(filterMembers(withAbsences, { ...NO_FILTERS, away: 'away' }, '2026-06-14'))).toEqual(['王芳']);
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
