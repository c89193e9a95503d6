import type { PlanKind } from '../../../../shared/plans/plan';

/** The 计划总结 area's hash route: a year and a document to open on, else this year's 年度工作计划. */
export function planPath(year?: number, kind?: PlanKind): string {
  const query = [year === undefined ? '' : `year=${year}`, kind ? `kind=${kind}` : ''].filter(Boolean).join('&');
  return query ? `plans?${query}` : 'plans';
}
