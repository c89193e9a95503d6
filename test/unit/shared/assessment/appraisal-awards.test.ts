import { describe, expect, it } from 'vitest';
import { appraisableMembers, appraisalCounts, appraisalErrors, ungradedMembers, type MemberAppraisalContent } from '../../../../shared/assessment/appraisal';
import { advancedBranchError, approvalError, awardStage, publicityPeriod } from '../../../../shared/assessment/awards';
import type { BranchFigures } from '../../../../shared/assessment/branch-figures';
import { ASSESSMENT_FIGURES } from '../../../../shared/assessment/scheme-types';
import { scoreBranch } from '../../../../shared/assessment/score-sheet';
import { memberRecord } from '../support/member-fixture';
import { yearMonthDayText } from '../../../../shared/dates';
import { DEFAULT_ASSESSMENT_SCHEME } from '../../../../shared/assessment/default-scheme';
import { assessmentSchemeOf } from '../../../../shared/assessment/scheme';
import { validateAssessmentScheme } from '../../../../shared/assessment/validate-scheme';
import { DEFAULT_WORKING_DAY_CALENDAR } from '../../../../shared/calendar/working-days';

const entry = (name: string, grade: MemberAppraisalContent['results'][string]['grade'], more: Partial<MemberAppraisalContent['results'][string]> = {}) => ({ name, grade, votes: null, reason: '', disposal: '' as const, disposalNote: '', ...more });

function results(): MemberAppraisalContent {
  return {
    year: 2026,
    meetingId: 'meeting-1',
    voters: 20,
    results: {
      m1: entry('张三', 'excellent', { votes: 18 }),
      m2: entry('李四', 'qualified', { votes: 19 }),
      m3: entry('王五', 'basicallyQualified', { reason: '学习笔记未按要求完成' }),
      m4: entry('赵六', 'unqualified', { reason: '无故 4 次不参加组织生活', disposal: 'correction', disposalNote: '限期三个月' }),
      m5: entry('钱七', 'unqualified', { reason: '连续 6 个月未交党费' }),
    },
    nominations: { m1: { name: '张三', deeds: '带领团队完成全省首例手术，连续三年零投诉。' } },
  };
}

describe('民主评议党员 results', () => {
  it('accepts a complete year and counts it by 等次, with 不合格 awaiting 组织处置', () => {
    expect(appraisalErrors(results())).toEqual([]);
    expect(appraisalCounts(results())).toEqual({ appraised: 5, byGrade: { excellent: 1, qualified: 1, basicallyQualified: 1, unqualified: 2 }, disposalPending: 1, nominated: 1 });
    expect(appraisalCounts(undefined)).toMatchObject({ appraised: 0, nominated: 0 });
  });

  it('names each member whose result cannot be stored', () => {
    const bad = results();
    bad.results.m2 = entry('李四', 'qualified', { votes: 21 });
    bad.results.m3 = entry('王五', 'basicallyQualified');
    bad.results.m1 = entry('张三', 'qualified', { disposal: 'removal' });
    expect(appraisalErrors(bad)).toEqual([
      '张三：只有不合格党员才作组织处置。',
      '李四：得票数应为不超过参加测评人数（20 人）的整数。',
      '王五：评为基本合格须写明理由。',
      // 张三 is no longer 优秀, so he cannot be nominated.
      '张三：只能推荐本年度民主评议为优秀的党员。',
    ]);
    const short = results();
    short.nominations.m1 = { name: '张三', deeds: '表现好' };
    expect(appraisalErrors(short)).toEqual(['张三：请填写主要事迹（至少 10 个字）。']);
  });
});

describe('who is appraised, and who is still 未评', () => {
  it('lists party members on the roster in the year, and those the results do not grade', () => {
    const full = memberRecord({ name: '正式', stage: 'full', joinedOn: '2010-07-01' });
    const probationary = memberRecord({ name: '预备', stage: 'probationary', joinedOn: '2026-05-01' });
    const applicant = memberRecord({ name: '申请人', stage: 'applicant' });
    const gone = memberRecord({ name: '去年转出', stage: 'full', joinedOn: '2010-07-01', transfers: [{ direction: 'out', date: '2025-12-01', counterpart: '外院', note: '' }] });
    const deleted = { ...memberRecord({ name: '已删除', stage: 'full', joinedOn: '2010-07-01' }), deleted: true };
    const appraisable = appraisableMembers([full, probationary, applicant, gone, deleted], 2026);
    expect(appraisable.map((member) => member.name)).toEqual(['正式', '预备']);
    expect(ungradedMembers(appraisable, { [full.id]: entry('正式', 'qualified') }).map((member) => member.name)).toEqual(['预备']);
    expect(appraisableMembers([gone], 2025).map((member) => member.name)).toEqual(['去年转出']);
  });
});

describe('先进党支部 only from a year scored whole', () => {
  const scheme = DEFAULT_ASSESSMENT_SCHEME;
  const noFigures = Object.fromEntries(ASSESSMENT_FIGURES.map((figure) => [figure, { percent: null, counted: 0, of: 0, detail: '' }])) as BranchFigures;

  it('names the items still waiting for a score, refuses a vetoed year and a branch without one, accepts a year scored whole', () => {
    const waiting = scoreBranch(scheme, 'year', noFigures, { 'organisation-standard': { points: 8, note: '' } });
    expect(advancedBranchError('内科党支部', 2026, waiting, scheme.items)).toBe(
      '内科党支部2026年度考核还有 4 项未评分（“医德医风与患者评价”、“组织生活会与民主评议党员”、“特色品牌活动”、“书记抓党建述职评议”），请先在“评分与排名”中评完，再评为先进党支部。',
    );
    const all = { 'medical-ethics': { points: 8, note: '' }, 'organisation-standard': { points: 8, note: '' }, 'org-life-meeting': { points: 8, note: '' }, brand: { points: 8, note: '' }, 'secretary-report': { grade: 'good' as const, note: '' } };
    expect(advancedBranchError('内科党支部', 2026, scoreBranch(scheme, 'year', noFigures, all), scheme.items)).toBeNull();
    const vetoed = scoreBranch(scheme, 'year', noFigures, { ...all, 'discipline-veto': { triggered: true, note: '严重违纪' } });
    expect(advancedBranchError('内科党支部', 2026, vetoed, scheme.items)).toBe('内科党支部2026年度考核被一票否决，不能评为先进党支部。');
    expect(advancedBranchError('外科党支部', 2026, undefined, scheme.items)).toBe('外科党支部没有2026年度考核数据，不能评为先进党支部。');
  });
});

describe('评先评优 公示 and approval', () => {
  it('counts the 公示 in working days on the calendar, the first day included', () => {
    // Monday 14 September 2026: five working days, through Friday the 18th.
    expect(publicityPeriod('2026-09-14', 5, DEFAULT_WORKING_DAY_CALENDAR)).toEqual({ from: '2026-09-14', workingDays: 5, until: '2026-09-18', provisional: false });
    // Monday 21 September: 21–24, then 中秋 (25–27 September 2026 in the State Council's notice), so Monday the 28th.
    expect(publicityPeriod('2026-09-21', 5, DEFAULT_WORKING_DAY_CALENDAR)).toEqual({ from: '2026-09-21', workingDays: 5, until: '2026-09-28', provisional: false });
    // Tuesday 29 September: 29, 30, then 国庆 (1–7 October), Thursday 8, Friday 9 and the make-up Saturday 10 October.
    expect(publicityPeriod('2026-09-29', 5, DEFAULT_WORKING_DAY_CALENDAR).until).toBe('2026-10-10');
    // A year the calendar does not have is 暂算.
    expect(publicityPeriod('2031-03-03', 5, DEFAULT_WORKING_DAY_CALENDAR)).toMatchObject({ until: '2031-03-07', provisional: true });
  });

  it('approves only after the 公示 ended, with a date no later than today and a 文号', () => {
    const publicity = publicityPeriod('2026-09-14', 5, DEFAULT_WORKING_DAY_CALENDAR);
    expect(approvalError(null, { approvedOn: '2026-10-10', document: '院党委〔2026〕12号' }, '2026-10-10')).toBe('名单尚未公示，公示期满后才能批准。');
    expect(approvalError(publicity, { approvedOn: '2026-09-18', document: '院党委〔2026〕12号' }, '2026-10-10')).toBe('公示至 2026-09-18，批准日期应在公示期满之后。');
    expect(approvalError(publicity, { approvedOn: '2026-10-11', document: '院党委〔2026〕12号' }, '2026-10-10')).toBe('批准日期 2026-10-11 晚于今天。');
    expect(approvalError(publicity, { approvedOn: '2026-09-28', document: '' }, '2026-10-10')).toBe('请填写表彰决定文号。');
    expect(approvalError(publicity, { approvedOn: '2026-09-28', document: '院党委〔2026〕12号' }, '2026-10-10')).toBeNull();
    expect(awardStage(undefined, '2026-09-22')).toBe('draft');
    expect(yearMonthDayText('2026-09-08')).toBe('2026年9月8日');
    expect(awardStage({ publicity, approval: null }, '2026-09-18')).toBe('publicity');
    expect(awardStage({ publicity, approval: null }, '2026-09-19')).toBe('publicityEnded');
    expect(awardStage({ publicity, approval: { approvedOn: '2026-09-28', document: 'x' } }, '2026-09-26')).toBe('approved');
  });
});

describe('members’ 积分 and 评先 in the scheme', () => {
  it('checks the items and the 公示 days, and gives an older scheme the defaults', () => {
    const { memberPoints, awards, ...older } = structuredClone(DEFAULT_ASSESSMENT_SCHEME);
    expect(validateAssessmentScheme(older)).toMatchObject({ ok: true });
    expect(assessmentSchemeOf({ assessment: older as never })).toMatchObject({ memberPoints, awards });
    const broken = { ...older, memberPoints: [{ ...memberPoints[0]!, pointsPerUnit: 0 }, { ...memberPoints[1]!, source: 'gossip' }], awards: { publicityWorkingDays: 0 } };
    expect(validateAssessmentScheme(broken)).toEqual({
      ok: false,
      errors: ['党员积分第 1 项“参加组织生活”：每单位积分应为大于 0、最多一位小数的数。', '党员积分第 2 项“按要求补课”：未知的计分来源“gossip”。', '评先评优公示期应为 1–30 个工作日。'],
    });
  });
});
