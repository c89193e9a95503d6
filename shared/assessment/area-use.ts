import type { AssessmentScheme } from './scheme-types';

/**
 * Why an area of the scheme cannot be removed, or undefined when it can. Only an area nothing
 * points at may go: an item or a tie-break naming a removed area would make the scheme invalid,
 * and moving items is a decision the office takes itself, not one the editor takes for it.
 */
export function areaRemovalBlocker(scheme: Pick<AssessmentScheme, 'items' | 'tieBreaks'>, areaId: string): string | undefined {
  const items = scheme.items.filter((item) => item.areaId === areaId).length;
  if (items > 0) return `该类别下还有 ${items} 个考核项目：先把它们移到其他类别或删除，才能删除类别。`;
  if (scheme.tieBreaks.some((rule) => rule.kind === 'area' && rule.areaId === areaId)) return '并列排序规则按该类别得分比较：不能删除。';
  return undefined;
}
