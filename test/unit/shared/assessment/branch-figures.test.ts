import { describe, expect, it } from 'vitest';
import { branchFigures } from '../../../../shared/assessment/branch-figures';
import { DEFAULT_ASSESSMENT_SCHEME } from '../../../../shared/assessment/default-scheme';
import { scoreBranch } from '../../../../shared/assessment/score-sheet';
import { parsePeriod } from '../../../../shared/meetings/periods';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { attendanceOf, meetingRecord } from '../support/meeting-fixture';
import { thirdQuarterBranch } from './assessment-fixture';

const rules = NATIONAL_RULE_SET.rules;
const q3 = parsePeriod('2026-Q3')!;
const TODAY = '2026-10-10';

describe('branchFigures: a branch worked by hand for 2026 Q3', () => {
  const figures = branchFigures(thirdQuarterBranch(), rules, q3, TODAY);

  it('三会一课: 5 due (1 大会, 3 支委会, 1 党课), 4 on time, September made up in October', () => {
    expect(figures.meetingsOnTime).toMatchObject({ counted: 4, of: 5, percent: 80 });
    expect(figures.meetingsOnTime.detail).toBe('应按期召开 5 次，按期 4 次，补开 1 次，未开 0 次。');
  });

  it('attendance: 4 + 3 + 4 + 3 present of 16 expected; the October make-up meeting is not in Q3', () => {
    expect(figures.attendanceRate).toMatchObject({ counted: 14, of: 16, percent: 87.5 });
  });

  it('学时: by 30 September less 30 days grace a member owes 32 × 243/365 ≈ 21.3, a 发展对象 24 × 243/365 ≈ 16.0', () => {
    // 甲 30 + 1.5 (党课) on pace, 乙 33.5 met, 丙 23.5 on pace, 丁 0 (absent from the 党课) and 戊 0 behind.
    expect(figures.studyPace).toMatchObject({ counted: 3, of: 5, percent: 60 });
    expect(figures.studyPace.detail).toContain('已达标 1 人，进度正常 2 人，落后 2 人');
  });

  it('dues: Q3 was due by 20 September and remitted on the 25th', () => {
    expect(figures.duesRemittedOnTime).toMatchObject({ counted: 0, of: 1, percent: 0 });
    expect(figures.duesRemittedOnTime.detail).toContain('2026-09-25 上缴（逾期）');
  });

  it('development: the talk on time, the 支部大会 due 10 July not held', () => {
    expect(figures.developmentOnTime).toMatchObject({ counted: 1, of: 2, percent: 50 });
    expect(figures.developmentOnTime.detail).toContain('发展对象戊支部大会讨论接收（期限 2026-07-10）');
  });

  it('reviews: 2 通过 of 3 reviewed; the unreviewed 党课 does not count', () => {
    expect(figures.reviewsApproved).toMatchObject({ counted: 2, of: 3 });
    expect(figures.reviewsApproved.percent).toBeCloseTo(66.667, 2);
  });

  it('谈心谈话 from the talk records: 甲, 乙, 丙 of the four members talked with this year; 丁 only by 函询', () => {
    expect(figures.talkCoverage).toMatchObject({ counted: 3, of: 4, percent: 75 });
    expect(figures.talkCoverage.detail).toBe('截至 2026-09-30，2026 年应谈 4 人，已谈 3 人（按谈心谈话记录）；尚未谈话：党员丁。');
  });

  it('组织生活月报: July on time, August late, September overdue on 10 October: 1 of 3', () => {
    expect(figures.monthlyReportsOnTime).toMatchObject({ counted: 1, of: 3 });
    expect(figures.monthlyReportsOnTime.detail).toBe('本期应报月报 3 份，按时报送 1 份；2026年8月逾期报送、2026年9月逾期未报（每月 5 日前报送上月月报）。');
    // On 3 October September's report is not yet due: 1 of 2.
    expect(branchFigures(thirdQuarterBranch(), rules, q3, '2026-10-03').monthlyReportsOnTime).toMatchObject({ counted: 1, of: 2 });
  });

  it('党建+业务: Q3 held two, so the quarter counts; the year so far has Q1 and Q3 of the three quarters ended, Q2’s only one deleted, Q4 still running', () => {
    expect(figures.activitiesHeld).toMatchObject({ counted: 1, of: 1, percent: 100 });
    expect(figures.activitiesHeld.detail).toBe('本期登记党建+业务活动 2 次（志愿服务 2）；1 个季度中 1 个开展了活动。');
    const year = branchFigures(thirdQuarterBranch(), rules, parsePeriod('2026')!, TODAY);
    expect(year.activitiesHeld).toMatchObject({ counted: 2, of: 3 });
    expect(year.activitiesHeld.detail).toContain('本期登记党建+业务活动 3 次');
    // Before any quarter ended and with nothing recorded: nothing to count.
    expect(branchFigures({ ...thirdQuarterBranch(), activities: [] }, rules, parsePeriod('2026')!, '2026-02-01').activitiesHeld.percent).toBeNull();
  });

  it('scores the default scheme’s 党建与业务融合 from the activities: 2 of 3 quarters is 5 × 2/3', () => {
    const year = branchFigures(thirdQuarterBranch(), rules, parsePeriod('2026')!, TODAY);
    const item = scoreBranch(DEFAULT_ASSESSMENT_SCHEME, 'year', year, {}).items.find((line) => line.itemId === 'integration');
    expect(item?.points).toBeCloseTo(3.3, 1);
  });

  it('scores the default scheme’s 谈心谈话覆盖率 (党员管理) from the talk records, not from meetings of that type', () => {
    const records = thirdQuarterBranch();
    const [, , , d] = records.members;
    // A legacy 谈心谈话 meeting with 丁 present changes nothing: the figure reads the talk records only.
    records.meetings = [...records.meetings, meetingRecord('heartToHeartTalk', '2026-06-01', { attendance: attendanceOf({ [d!.id]: 'present' }) })];
    const year = branchFigures(records, rules, parsePeriod('2026')!, TODAY);
    const item = scoreBranch(DEFAULT_ASSESSMENT_SCHEME, 'year', year, {}).items.find((line) => line.itemId === 'talk-coverage')!;
    // 甲 talked with 乙 and 丙 (all three covered), 丁 only by 函询: 3 of 4 = 75 %, linear 0–100 % of 5 = 3.75 → 3.8.
    expect(item.points).toBe(3.8);
    expect(item.explanation).toBe('截至 2026-10-10，2026 年应谈 4 人，已谈 3 人（按谈心谈话记录）；尚未谈话：党员丁。比例 75%，得 3.8 分。');
    expect(DEFAULT_ASSESSMENT_SCHEME.areas.find((area) => area.id === DEFAULT_ASSESSMENT_SCHEME.items.find((each) => each.id === 'talk-coverage')!.areaId)?.label).toBe('党员管理');
  });

  it('the year so far counts quarters remitted on time: Q1 and Q2 yes, Q3 late, Q4 not yet due', () => {
    const year = branchFigures(thirdQuarterBranch(), rules, parsePeriod('2026')!, TODAY);
    expect(year.duesRemittedOnTime).toMatchObject({ counted: 2, of: 3 });
  });

  it('scores the default scheme’s quarter from these figures', () => {
    const score = scoreBranch(DEFAULT_ASSESSMENT_SCHEME, 'quarter', figures, {
      'medical-ethics': { points: 8, note: '患者满意度 96%' },
      complaints: { points: 2, note: '投诉 1 次' },
    });
    const points = Object.fromEntries(score.items.map((item) => [item.itemId, item.points]));
    // 15 × (80−60)/40 = 7.5; 87.5% reaches the 80% step: 6; 10 × (60−50)/50 = 2; late: 0;
    // 5 × 50% = 2.5; 5 × (66.7−50)/50 = 1.7; 月报 1 of 3 on time (33.3%, at or below 50%): 0.
    expect(points).toMatchObject({ 'meetings-on-time': 7.5, attendance: 6, 'study-pace': 2, 'dues-on-time': 0, 'development-on-time': 2.5, 'records-approved': 1.7, 'monthly-reports': 0 });
    expect(score).toMatchObject({ automatic: 19.7, earned: 27.7, deductions: 2, total: 25.7, maxTotal: 70, pending: 0, vetoed: false });
  });
});
