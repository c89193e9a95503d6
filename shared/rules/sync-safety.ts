import type { Rule } from './rule-types';

/**
 * A package that would delete more than this share of a branch's live records is applied
 * only after a person confirms it: a wrong or damaged package must not empty a branch
 * silently (Joplin's sync once read missing files as deletes and wiped users' notes).
 */
export const MASS_DELETE_SHARE: Rule<number> = {
  value: 0.2,
  unit: '比例',
  description: '一个报送包删除某支部 20% 以上的记录时，导入前须人工确认。',
  source: { regulation: '本软件数据安全设定（非党内法规）', article: '数据交换·批量删除确认' },
  effectiveFrom: '2026-01-01',
};
