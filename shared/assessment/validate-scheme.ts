import { isValidDate } from '../dates';
import { isCount, isRecord, isText, type Fields } from '../guards';
import { maxTotal } from './points';
import {
  ASSESSMENT_FIGURES,
  ASSESSMENT_PERIODS,
  MEMBER_POINT_SOURCES,
  NO_DATA_POLICIES,
  REPORT_GRADES,
  type AssessmentScheme,
} from './scheme-types';

/** Points with at most one decimal, 0 to 100: what a 考核细则 prints. */
function isPoints(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100 && Math.abs(Math.round(x * 10) - x * 10) < 1e-9;
}

function isPercent(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100;
}

const includes = (list: readonly unknown[], x: unknown) => list.includes(x);

function ruleErrors(where: string, rule: unknown, maxPoints: number): string[] {
  if (!isRecord(rule)) return [`${where}：缺少计分规则。`];
  if (rule.kind === 'linear') {
    if (!isPercent(rule.zeroAtPercent) || !isPercent(rule.fullAtPercent) || rule.zeroAtPercent >= rule.fullAtPercent) {
      return [`${where}：按比例计分的起点和满分点应为 0–100 之间的百分数，起点小于满分点。`];
    }
    return [];
  }
  if (rule.kind === 'steps') {
    const steps = rule.steps;
    if (!Array.isArray(steps) || steps.length === 0) return [`${where}：分档计分至少要有一档。`];
    const errors: string[] = [];
    steps.forEach((step, index) => {
      if (!isRecord(step) || !isPercent(step.atLeastPercent) || !isPoints(step.points) || step.points > maxPoints) {
        errors.push(`${where}：第 ${index + 1} 档应有 0–100 的百分数门槛和不超过本项分值（${maxPoints} 分）的得分。`);
        return;
      }
      const previous = steps[index - 1] as { atLeastPercent: number; points: number } | undefined;
      if (previous && (step.atLeastPercent >= previous.atLeastPercent || (step.points as number) > previous.points)) {
        errors.push(`${where}：各档应按门槛从高到低排列，得分不高于上一档。`);
      }
    });
    return errors;
  }
  return [`${where}：计分规则应为按比例（linear）或分档（steps）。`];
}

function scoringErrors(where: string, scoring: unknown, maxPoints: number, total: number): string[] {
  if (!isRecord(scoring)) return [`${where}：缺少计分方式。`];
  switch (scoring.kind) {
    case 'automatic': {
      const errors = includes(ASSESSMENT_FIGURES, scoring.figure) ? [] : [`${where}：未知的统计数据“${String(scoring.figure)}”。`];
      if (!includes(NO_DATA_POLICIES, scoring.whenNoData)) errors.push(`${where}：无数据时的计分应为满分（full）或零分（zero）。`);
      return [...errors, ...ruleErrors(where, scoring.rule, maxPoints)];
    }
    case 'manual':
    case 'deduction':
      return [];
    case 'reportGrade': {
      const shares = scoring.percentByGrade;
      return isRecord(shares) && REPORT_GRADES.every((grade) => isPercent(shares[grade])) ? [] : [`${where}：述职评议各等次（好、较好、一般、差）应各有 0–100 的得分比例。`];
    }
    case 'veto':
      return isPoints(scoring.capAt) && scoring.capAt <= total ? [] : [`${where}：一票否决的封顶分应为 0 至总分（${total} 分）之间。`];
    default:
      return [`${where}：计分方式应为自动计分、人工评分、述职评议、扣分项或一票否决。`];
  }
}

function itemErrors(item: unknown, index: number, areaIds: ReadonlySet<unknown>, total: number): string[] {
  const where = `考核项目第 ${index + 1} 项${isRecord(item) && isText(item.title) ? `“${item.title}”` : ''}`;
  if (!isRecord(item)) return [`${where}：格式无效。`];
  const errors: string[] = [];
  if (!isText(item.id)) errors.push(`${where}：缺少编号。`);
  if (!isText(item.title)) errors.push(`${where}：缺少名称。`);
  if (typeof item.criteria !== 'string') errors.push(`${where}：缺少考核内容。`);
  if (typeof item.source !== 'string') errors.push(`${where}：缺少依据。`);
  if (!areaIds.has(item.areaId)) errors.push(`${where}：所属类别不存在。`);
  if (!includes(ASSESSMENT_PERIODS, item.period)) errors.push(`${where}：考核周期应为季度或年度。`);
  if (!isPoints(item.maxPoints)) {
    errors.push(`${where}：分值应为 0–100 之间的数，最多一位小数。`);
    return errors;
  }
  return [...errors, ...scoringErrors(where, item.scoring, item.maxPoints, total)];
}

function uniqueIdErrors(list: readonly unknown[], what: string): string[] {
  const ids = list.map((entry) => (isRecord(entry) ? entry.id : undefined)).filter(isText);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  return repeated.length === 0 ? [] : [`${what}编号重复：${[...new Set(repeated)].join('、')}。`];
}

/**
 * Areas the office added or renamed: each named once, and none left without an item (an empty
 * area would print as a heading with nothing under it on every branch's 考核 screen and sheet).
 */
function areaErrors(areas: readonly unknown[], items: readonly unknown[]): string[] {
  const labels = areas.map((area) => (isRecord(area) && isText(area.label) ? area.label.trim() : undefined)).filter(isText);
  const repeated = [...new Set(labels.filter((label, index) => labels.indexOf(label) !== index))];
  const used = new Set(items.map((item) => (isRecord(item) ? item.areaId : undefined)));
  const empty = areas.filter((area) => isRecord(area) && isText(area.label) && !used.has(area.id)).map((area) => (area as Fields).label as string);
  return [
    ...(repeated.length > 0 ? [`类别名称重复：${repeated.join('、')}。`] : []),
    ...empty.map((label) => `类别“${label}”下没有考核项目：请为它添加项目、把它改名用作其他类别，或删除它。`),
  ];
}

function tieBreakErrors(x: unknown, areaIds: ReadonlySet<unknown>): string[] {
  if (!Array.isArray(x)) return ['并列时的排序规则（tieBreaks）应为列表。'];
  return x.flatMap((rule, index) => {
    if (isRecord(rule) && (rule.kind === 'automatic' || rule.kind === 'deductions')) return [];
    if (isRecord(rule) && rule.kind === 'area' && areaIds.has(rule.areaId)) return [];
    return [`并列排序规则第 ${index + 1} 条无效：应为自动计分合计、某一类别得分或扣分较少。`];
  });
}

function starErrors(x: unknown, total: number): string[] {
  const ascending = Array.isArray(x) && x.length === 5 && x.every(isPoints) && x.every((value, index) => index === 0 || value > (x[index - 1] as number));
  if (!ascending) return ['星级门槛应为 5 个从低到高的分数（一星至五星）。'];
  return (x as number[])[4]! > total ? [`五星门槛（${(x as number[])[4]} 分）高于年度总分（${total} 分），没有支部能达到。`] : [];
}

/** 党员积分 items; absent in a scheme published before they existed (assessmentSchemeOf fills the default). */
function memberPointsErrors(x: unknown): string[] {
  if (x === undefined) return [];
  if (!Array.isArray(x)) return ['党员积分项目（memberPoints）应为列表。'];
  const errors = x.flatMap((item, index) => {
    const where = `党员积分第 ${index + 1} 项${isRecord(item) && isText(item.label) ? `“${item.label}”` : ''}`;
    if (!isRecord(item) || !isText(item.id) || !isText(item.label) || typeof item.basis !== 'string') return [`${where}：应有编号、名称和依据。`];
    const found: string[] = [];
    if (!includes(MEMBER_POINT_SOURCES, item.source)) found.push(`${where}：未知的计分来源“${String(item.source)}”。`);
    if (!isPoints(item.pointsPerUnit) || item.pointsPerUnit === 0) found.push(`${where}：每单位积分应为大于 0、最多一位小数的数。`);
    if (!isPoints(item.maxPoints) || item.maxPoints === 0) found.push(`${where}：全年最高积分应为大于 0、不超过 100 的数。`);
    return found;
  });
  return [...errors, ...uniqueIdErrors(x, '党员积分项目')];
}

function awardErrors(x: unknown): string[] {
  if (x === undefined) return [];
  return isRecord(x) && isCount(x.publicityWorkingDays) && x.publicityWorkingDays >= 1 && x.publicityWorkingDays <= 30 ? [] : ['评先评优公示期应为 1–30 个工作日。'];
}

function headerErrors(x: Fields): string[] {
  const errors: string[] = [];
  if (!isText(x.id)) errors.push('考核方案缺少编号（id）。');
  if (!isCount(x.version) || x.version < 1) errors.push('考核方案版本号（version）应为正整数。');
  if (!isText(x.name) || x.name.trim().length < 2) errors.push('请填写考核方案名称（至少 2 个字）。');
  if (!isValidDate(x.effectiveFrom)) errors.push('考核方案生效日期（effectiveFrom）无效，格式应为 YYYY-MM-DD。');
  if (!isCount(x.flagsPerQuarter) || x.flagsPerQuarter > 20) errors.push('每季度流动红旗数量应为 0–20 的整数。');
  return errors;
}

/**
 * Checks a scheme before it is published at the central office or applied at a branch (inside
 * validateRuleSet). Every problem is listed in Chinese, so the office editor can show them all.
 */
export function validateAssessmentScheme(x: unknown): { ok: true; value: AssessmentScheme } | { ok: false; errors: string[] } {
  if (!isRecord(x)) return { ok: false, errors: ['考核方案格式无效：应为一个对象。'] };
  const errors = headerErrors(x);
  const areas = Array.isArray(x.areas) ? x.areas : [];
  if (areas.length === 0 || !areas.every((area) => isRecord(area) && isText(area.id) && isText(area.label))) {
    errors.push('考核方案应至少有一个类别，每个类别有编号和名称。');
  }
  const areaIds = new Set(areas.map((area) => (isRecord(area) ? area.id : undefined)));
  const items = Array.isArray(x.items) ? x.items : [];
  if (items.length === 0) errors.push('考核方案应至少有一个考核项目。');
  const total = maxTotal(items.filter(isRecord) as never, 'year');
  errors.push(...uniqueIdErrors(areas, '类别'), ...areaErrors(areas, items), ...uniqueIdErrors(items, '考核项目'));
  errors.push(...items.flatMap((item, index) => itemErrors(item, index, areaIds, total)));
  if (items.length > 0 && total <= 0) errors.push('考核方案的总分应大于 0。');
  errors.push(...tieBreakErrors(x.tieBreaks, areaIds), ...starErrors(x.starThresholds, total));
  errors.push(...memberPointsErrors(x.memberPoints), ...awardErrors(x.awards));
  return errors.length === 0 ? { ok: true, value: x as unknown as AssessmentScheme } : { ok: false, errors };
}
