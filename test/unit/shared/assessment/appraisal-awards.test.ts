import { describe, expect, it } from 'vitest';
import { appraisalCounts, appraisalErrors, type MemberAppraisalContent } from '../../../../shared/assessment/appraisal';
import { approvalError, awardStage, publicityPeriod } from '../../../../shared/assessment/awards';
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
