/**
 * What a plan or summary must hold before it is signed and sent, each refusal in Chinese:
 * a secretary is told every reason at once, and nothing is stored until all are met.
 */
import { isValidDate } from '../dates';
import { monthHasThemeDay } from './plan-prefill';
import {
  DEVELOPMENT_TARGETS,
  PLAN_BODY_MAX,
  PLAN_COUNT_MAX,
  PLAN_KIND_LABELS,
  PLAN_MEETINGS_MAX,
  PLAN_SIGNER_MAX,
  PLAN_THEME_MAX,
  type PlanContent,
  type PlanKind,
} from './plan';

/** What the secretary edits and signs: the content without the sending stamps. */
export type PlanDraft = Omit<PlanContent, 'submittedAt' | 'firstSubmittedOn'>;

const length = (text: string) => [...text].length;

/** Years a branch may plan or sum up on `today`: a plan for this year or the next, a summary for this year or an earlier one. */
export function planYearError(kind: PlanKind, year: number, today: string): string | undefined {
  const current = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < 2000) return `年度“${year}”无效。`;
  if (kind === 'yearSummary' && year > current) return `${year}年尚未开始，不能报送该年度工作总结。`;
  if (kind !== 'yearSummary' && year > current + 1) return `只能制定本年度或下一年度的${PLAN_KIND_LABELS[kind]}。`;
  return undefined;
}

/** Reasons a draft cannot be saved at all: lengths a text field may not exceed. */
export function draftErrors(draft: PlanDraft): string[] {
  const errors: string[] = [];
  if (length(draft.body) > PLAN_BODY_MAX) errors.push(`正文不能超过 ${PLAN_BODY_MAX.toLocaleString('zh-CN')} 个字，当前 ${length(draft.body).toLocaleString('zh-CN')} 个字。`);
  for (const line of draft.months) {
    if (length(line.theme) > PLAN_THEME_MAX) errors.push(`${line.month}月主题党日主题不能超过 ${PLAN_THEME_MAX} 个字。`);
    if (length(line.meetings) > PLAN_MEETINGS_MAX) errors.push(`${line.month}月会议安排不能超过 ${PLAN_MEETINGS_MAX} 个字。`);
  }
  if (length(draft.signedBy.trim()) > PLAN_SIGNER_MAX) errors.push(`签发人不能超过 ${PLAN_SIGNER_MAX} 个字。`);
  return errors;
}

function annualPlanErrors(draft: PlanDraft): string[] {
  if (draft.months.length !== 12 || draft.months.some((line, index) => line.month !== index + 1)) return ['年度工作计划应逐月列出 1 至 12 月的安排。'];
  const missing = draft.months.filter((line) => monthHasThemeDay(line) && !line.theme.trim()).map((line) => `${line.month}月`);
  return missing.length > 0 ? [`请填写${missing.join('、')}主题党日的主题。`] : [];
}

function developmentPlanErrors(draft: PlanDraft, rosterIds: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  const count = draft.developmentCount;
  if (!Number.isInteger(count) || count < 0 || count > PLAN_COUNT_MAX) errors.push(`计划发展人数应为 0 至 ${PLAN_COUNT_MAX} 的整数。`);
  const seen = new Set<string>();
  for (const person of draft.people) {
    if (seen.has(person.memberId)) errors.push(`${person.name}在名单中出现了两次。`);
    seen.add(person.memberId);
    if (!rosterIds.has(person.memberId)) errors.push(`${person.name}不在本支部的入党申请人、积极分子或发展对象名单中，请从名单中重新选择。`);
    if (!(DEVELOPMENT_TARGETS as readonly string[]).includes(person.target)) errors.push(`请选择对${person.name}本年度的培养发展安排。`);
  }
  const admitted = draft.people.filter((person) => person.target === 'probationary').length;
  if (Number.isInteger(count) && count !== admitted) {
    errors.push(`计划发展 ${count} 人，但名单中拟“接收为预备党员”的有 ${admitted} 人，请核对人数或名单。`);
  }
  return errors;
}

/**
 * Every reason a draft cannot be signed and sent on `today`: the text length limits, a body,
 * a signature (name and a date not after today), and what its kind needs — a theme for every
 * month with a 主题党日, a 发展计划 whose people are on the roster's development list and whose
 * count matches those to be admitted. `rosterIds`: the ids a 发展计划 may name.
 */
export function submitErrors(draft: PlanDraft, today: string, rosterIds: ReadonlySet<string> = new Set()): string[] {
  const errors = draftErrors(draft);
  const yearError = planYearError(draft.kind, draft.year, today);
  if (yearError) errors.push(yearError);
  if (!draft.body.trim()) errors.push(draft.kind === 'yearSummary' ? '请填写总结正文（全年工作情况、存在问题和下一步打算）。' : '请填写计划正文（指导思想、工作目标和主要措施）。');
  if (draft.kind === 'annualPlan') errors.push(...annualPlanErrors(draft));
  if (draft.kind === 'developmentPlan') errors.push(...developmentPlanErrors(draft, rosterIds));
  if (!draft.signedBy.trim()) errors.push('请填写签发人（支部书记姓名）。');
  if (!isValidDate(draft.signedOn)) errors.push('请填写签发日期（如 2026-01-20）。');
  else if (draft.signedOn > today) errors.push(`签发日期 ${draft.signedOn} 晚于今天，请核对。`);
  return errors;
}
