import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSESSMENT_SCHEME } from '../../../../shared/assessment/default-scheme';
import { maxTotal } from '../../../../shared/assessment/points';
import { assessmentSchemeOf } from '../../../../shared/assessment/scheme';
import { entryError } from '../../../../shared/assessment/score-sheet';
import { validateAssessmentScheme } from '../../../../shared/assessment/validate-scheme';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { validateRuleSet } from '../../../../shared/rules/validate-rule-set';

const copy = () => structuredClone(DEFAULT_ASSESSMENT_SCHEME);

describe('the default scheme', () => {
  // Quarter: 三会一课 15 + 出席 10 + 学时 10 + 党费 10 + 发展 5 + 记录 5 + 月报 5 + 医德医风 10 = 70 (the deduction and the veto add nothing).
  // Year: those 70 + 组织设置 3 + 组织生活会 5 + 谈心谈话覆盖率 5 + 党建与业务融合 5 + 特色品牌 2 + 述职 10 = 100.
  it('is valid: 70 points a quarter, 100 a year, every item with a source', () => {
    expect(validateAssessmentScheme(DEFAULT_ASSESSMENT_SCHEME)).toMatchObject({ ok: true });
    expect(maxTotal(DEFAULT_ASSESSMENT_SCHEME.items, 'quarter')).toBe(70);
    expect(maxTotal(DEFAULT_ASSESSMENT_SCHEME.items, 'year')).toBe(100);
    expect(DEFAULT_ASSESSMENT_SCHEME.items.every((item) => item.source.length > 4)).toBe(true);
  });

  it('applies when the rule set in use carries none', () => {
    expect(assessmentSchemeOf(NATIONAL_RULE_SET)).toBe(DEFAULT_ASSESSMENT_SCHEME);
    const own = { ...copy(), version: 3 };
    expect(assessmentSchemeOf({ assessment: own })).toBe(own);
  });
});

describe('validateAssessmentScheme', () => {
  const errorsOf = (scheme: unknown) => {
    const result = validateAssessmentScheme(scheme);
    return result.ok ? [] : result.errors;
  };

  it('refuses a linear rule whose thresholds are reversed, naming the item', () => {
    const scheme = copy();
    scheme.items[0]!.scoring = { kind: 'automatic', figure: 'meetingsOnTime', rule: { kind: 'linear', zeroAtPercent: 100, fullAtPercent: 60 }, whenNoData: 'zero' };
    expect(errorsOf(scheme)).toEqual(['考核项目第 1 项““三会一课”按期召开”：按比例计分的起点和满分点应为 0–100 之间的百分数，起点小于满分点。']);
  });

  it('an added area needs an item and a name of its own; renamed, it keeps its items', () => {
    const scheme = copy();
    scheme.areas.push({ id: 'culture', label: '文化建设' });
    expect(errorsOf(scheme)).toEqual(['类别“文化建设”下没有考核项目：请为它添加项目、把它改名用作其他类别，或删除它。']);
    scheme.items[0]!.areaId = 'culture';
    expect(errorsOf(scheme)).toEqual([]);
    scheme.areas[1]!.label = '文化建设';
    expect(errorsOf(scheme)).toEqual(['类别名称重复：文化建设。']);
    scheme.areas[1]!.label = '  ';
    expect(errorsOf(scheme)).toEqual(['考核方案应至少有一个类别，每个类别有编号和名称。']);
    scheme.areas[1]!.label = '“三会一课”';
    expect(errorsOf(scheme)).toEqual([]);
  });

  it('refuses steps out of order or above the item, an unknown figure, a missing area', () => {
    const scheme = copy();
    scheme.items[1]!.scoring = { kind: 'automatic', figure: 'attendanceRate', rule: { kind: 'steps', steps: [{ atLeastPercent: 80, points: 6 }, { atLeastPercent: 90, points: 8 }] }, whenNoData: 'zero' };
    scheme.items[2]!.scoring = { kind: 'automatic', figure: 'patientSmiles' as never, rule: { kind: 'linear', zeroAtPercent: 0, fullAtPercent: 100 }, whenNoData: 'zero' };
    scheme.items[3]!.areaId = 'nowhere';
    scheme.items[4]!.scoring = { kind: 'automatic', figure: 'developmentOnTime', rule: { kind: 'steps', steps: [{ atLeastPercent: 100, points: 50 }] }, whenNoData: 'full' };
    const errors = errorsOf(scheme);
    // 党费 had one item, now in an area that does not exist: 党费 is left empty.
    expect(errors).toHaveLength(5);
    expect(errors.shift()).toBe('类别“党费”下没有考核项目：请为它添加项目、把它改名用作其他类别，或删除它。');
    expect(errors[0]).toContain('各档应按门槛从高到低排列');
    expect(errors[1]).toContain('未知的统计数据“patientSmiles”');
    expect(errors[2]).toContain('所属类别不存在');
    expect(errors[3]).toContain('不超过本项分值（5 分）');
  });

  it('refuses repeated ids, points with two decimals, stars out of order or out of reach, a tie-break on no area', () => {
    const scheme = copy();
    scheme.items[1]!.id = scheme.items[0]!.id;
    scheme.items[6]!.maxPoints = 9.75;
    scheme.starThresholds = [60, 70, 70, 90, 95];
    scheme.tieBreaks = [{ kind: 'area', areaId: 'ghost' }];
    const errors = errorsOf(scheme);
    expect(errors.some((error) => error.startsWith('考核项目编号重复：meetings-on-time'))).toBe(true);
    expect(errors.some((error) => error.includes('最多一位小数'))).toBe(true);
    expect(errors).toContain('星级门槛应为 5 个从低到高的分数（一星至五星）。');
    expect(errors).toContain('并列排序规则第 1 条无效：应为自动计分合计、某一类别得分或扣分较少。');
    const high = copy();
    high.starThresholds = [60, 70, 80, 90, 101];
    expect(errorsOf(high)).toEqual(['星级门槛应为 5 个从低到高的分数（一星至五星）。']);
    high.starThresholds = [60, 70, 80, 90, 99];
    high.items = high.items.filter((item) => item.id !== 'brand');
    high.areas = high.areas.filter((area) => area.id !== 'brand');
    // 100 less 特色品牌活动's 2.
    expect(errorsOf(high)).toEqual(['五星门槛（99 分）高于年度总分（98 分），没有支部能达到。']);
  });

  it('refuses a veto cap above the total and a 述职 item without every grade', () => {
    const scheme = copy();
    scheme.items.find((item) => item.id === 'discipline-veto')!.scoring = { kind: 'veto', capAt: 120 };
    scheme.items.find((item) => item.id === 'secretary-report')!.scoring = { kind: 'reportGrade', percentByGrade: { good: 100, fairlyGood: 80, fair: 60 } as never };
    const errors = errorsOf(scheme);
    expect(errors[0]).toContain('一票否决的封顶分应为 0 至总分（100 分）之间');
    expect(errors[1]).toContain('述职评议各等次');
  });
});

describe('the scheme inside a rule set', () => {
  it('a rule set with a valid scheme passes; a broken scheme refuses the set whole', () => {
    expect(validateRuleSet({ ...NATIONAL_RULE_SET, assessment: copy() })).toMatchObject({ ok: true });
    const broken = { ...copy(), flagsPerQuarter: -1 };
    const result = validateRuleSet({ ...NATIONAL_RULE_SET, assessment: broken });
    expect(result.ok ? [] : result.errors).toEqual(['考核方案：每季度流动红旗数量应为 0–20 的整数。']);
  });
});

describe('entryError', () => {
  const item = (id: string) => DEFAULT_ASSESSMENT_SCHEME.items.find((entry) => entry.id === id)!;

  it('refuses points outside the item, a deduction or a veto without its reason', () => {
    expect(entryError(item('medical-ethics'), { points: 11, note: '' })).toBe('“医德医风与患者评价”的得分应为 0 至 10 之间的数，最多一位小数。');
    expect(entryError(item('medical-ethics'), { points: 7.25, note: '' })).toContain('最多一位小数');
    expect(entryError(item('medical-ethics'), { points: 7.5, note: '' })).toBeNull();
    expect(entryError(item('complaints'), { points: 2, note: ' ' })).toBe('“有效投诉与通报批评”扣分时请填写扣分原因。');
    expect(entryError(item('discipline-veto'), { triggered: true, note: '' })).toBe('“严重违纪违法（一票否决）”一票否决时请写明事由。');
  });
});
