import { describe, expect, it } from 'vitest';
import { areaRemovalBlocker } from '../../../../shared/assessment/area-use';
import { DEFAULT_ASSESSMENT_SCHEME } from '../../../../shared/assessment/default-scheme';

describe('areaRemovalBlocker', () => {
  const scheme = structuredClone(DEFAULT_ASSESSMENT_SCHEME);
  const withItems = scheme.items[0]!.areaId;
  const count = scheme.items.filter((item) => item.areaId === withItems).length;

  it('lets an area go that no item and no tie-break names', () => {
    expect(areaRemovalBlocker({ ...scheme, tieBreaks: [] }, 'an-added-area')).toBeUndefined();
  });

  it('keeps an area that items are filed under, saying how many', () => {
    expect(areaRemovalBlocker(scheme, withItems)).toBe(`该类别下还有 ${count} 个考核项目：先把它们移到其他类别或删除，才能删除类别。`);
  });

  it('keeps an empty area that a tie-break compares by', () => {
    const emptied = { items: scheme.items.filter((item) => item.areaId !== withItems), tieBreaks: [{ kind: 'area' as const, areaId: withItems }] };
    expect(areaRemovalBlocker(emptied, withItems)).toBe('并列排序规则按该类别得分比较：不能删除。');
  });
});
