import { describe, expect, it } from 'vitest';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import type { MeetingFrequency } from '../../../../shared/rules/rule-types';
import { ruleChangedFrom } from '../../../../shared/rules/rule-history';
import { requiredTalksPerYear, talkCoverage } from '../../../../shared/talks/talk-coverage';
import type { TalkContent, TalkRecord } from '../../../../shared/talks/talk';
import { talkError } from '../../../../shared/talks/talk';
import { memberRecord } from '../support/member-fixture';

const RULE = NATIONAL_RULE_SET.rules.meetings.heartToHeartTalk;
const HALF_YEARLY: MeetingFrequency = { times: 1, per: 'halfYear' };
const full = (name: string) => memberRecord({ name, stage: 'full', joinedOn: '2010-07-01' });

let sequence = 0;
function talk(date: string, talkerIds: string[], memberIds: string[], patch: Partial<TalkRecord> = {}): TalkRecord {
  sequence += 1;
  const stamp = { id: `talk-${sequence}`, branchId: 'branch-1', createdAt: '', updatedAt: '', deleted: false };
  return { ...stamp, date, kind: 'heartToHeart', talkerIds, memberIds, topic: '工作思想交流', notes: '', ...patch };
}

describe('requiredTalksPerYear', () => {
  it('is the national once a year, and the frequency times the periods of a year when the office changes it', () => {
    expect(requiredTalksPerYear(RULE, 2026)).toBe(1);
    const twiceAYear = ruleChangedFrom(RULE, { ...RULE, value: HALF_YEARLY, effectiveFrom: '2026-01-01' });
    expect(requiredTalksPerYear(twiceAYear, 2026)).toBe(2);
    // A year that began under the old value is judged by it.
    expect(requiredTalksPerYear(twiceAYear, 2025)).toBe(1);
  });
});

describe('talkCoverage', () => {
  const secretary = full('王书记');
  const deputy = full('李副书记');
  const [a, b, c] = [full('甲'), full('乙'), full('丙')];
  const applicant = memberRecord({ name: '申请人', stage: 'applicant' });
  const members = [secretary, deputy, a, b, c, applicant];
  const committeeIds = [secretary.id, deputy.id];
  const coverage = (talks: TalkRecord[], asOf = '2026-12-07', year = 2026) => talkCoverage({ members, committeeIds, talks, year, rule: RULE, asOf });
  const row = (result: ReturnType<typeof coverage>, id: string) => result.rows.find((each) => each.memberId === id)!;

  it('lists the party members on the roster, none covered before any talk; committee members miss each other', () => {
    const result = coverage([]);
    expect(result.rows.map((each) => each.name).sort()).toEqual(['丙', '乙', '李副书记', '王书记', '甲'].sort());
    expect(result.coveredCount).toBe(0);
    expect(row(result, secretary.id).missing).toEqual(['李副书记']);
  });

  it('covers every member a committee member talked with, a talk with several members covering each of them', () => {
    const result = coverage([talk('2026-03-05', [secretary.id], [a.id, b.id]), talk('2026-04-01', [deputy.id], [secretary.id])]);
    expect(row(result, a.id)).toMatchObject({ covered: true, talks: 1, lastTalkOn: '2026-03-05' });
    expect(row(result, b.id).covered).toBe(true);
    expect(row(result, c.id)).toMatchObject({ covered: false, talks: 0, lastTalkOn: null });
    // 支委之间: the pair secretary–deputy is done, whichever side led.
    expect(row(result, secretary.id)).toMatchObject({ covered: true, missing: [] });
    expect(row(result, deputy.id).covered).toBe(true);
    expect(result.coveredCount).toBe(4);
  });

  it('does not count talks between two ordinary members, 函询, deleted talks or talks of another year', () => {
    const result = coverage([
      talk('2026-03-05', [a.id], [c.id]),
      talk('2026-03-06', [secretary.id], [c.id], { kind: 'inquiry' }),
      talk('2026-03-07', [secretary.id], [c.id], { deleted: true }),
      talk('2025-12-31', [secretary.id], [c.id]),
    ]);
    expect(row(result, c.id)).toMatchObject({ covered: false, talks: 0 });
  });

  it('needs as many talks as the rule asks a year', () => {
    const twiceAYear = ruleChangedFrom(RULE, { ...RULE, value: HALF_YEARLY, effectiveFrom: '2026-01-01' });
    const talks = [talk('2026-03-05', [secretary.id], [a.id])];
    const once = talkCoverage({ members, committeeIds, talks, year: 2026, rule: twiceAYear, asOf: '2026-12-07' });
    expect(row(once, a.id)).toMatchObject({ covered: false, talks: 1 });
    const twice = talkCoverage({ members, committeeIds, talks: [...talks, talk('2026-09-01', [deputy.id], [a.id])], year: 2026, rule: twiceAYear, asOf: '2026-12-07' });
    expect(row(twice, a.id).covered).toBe(true);
  });

  it('leaves out who has left the roster, and counts any talk when no committee is on record', () => {
    const left = memberRecord({ name: '已转出', stage: 'full', transfers: [{ direction: 'out', date: '2026-05-01', counterpart: '外院', note: '' }] });
    const result = talkCoverage({ members: [...members, left], committeeIds: [], talks: [talk('2026-03-05', [a.id], [c.id])], year: 2026, rule: RULE, asOf: '2026-12-07' });
    expect(result.hasCommittee).toBe(false);
    expect(result.rows.some((each) => each.memberId === left.id)).toBe(false);
    expect(row(result, c.id).covered).toBe(true);
    expect(row(result, a.id).covered).toBe(true);
    expect(row(result, b.id).covered).toBe(false);
  });
});

describe('talkError', () => {
  const valid: TalkContent = { date: '2026-03-05', kind: 'heartToHeart', talkerIds: ['s'], memberIds: ['a'], topic: '思想交流', notes: '' };
  it('accepts a complete talk and says in Chinese what is wrong otherwise', () => {
    expect(talkError(valid, '2026-12-07')).toBeNull();
    expect(talkError({ ...valid, date: '2026-12-08' }, '2026-12-07')).toContain('晚于今天');
    expect(talkError({ ...valid, date: '2026-02-30' }, '2026-12-07')).toBe('请填写有效的谈话日期。');
    expect(talkError({ ...valid, talkerIds: [] }, '2026-12-07')).toBe('请选择谈话人。');
    expect(talkError({ ...valid, memberIds: [] }, '2026-12-07')).toContain('谈话对象');
    expect(talkError({ ...valid, memberIds: ['a', 's'] }, '2026-12-07')).toContain('既是谈话人又是谈话对象');
    expect(talkError({ ...valid, topic: ' 谈 ' }, '2026-12-07')).toContain('谈话主题');
  });
});
