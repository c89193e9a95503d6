import { describe, expect, it } from 'vitest';
import { buildStatTable, countCell, countColumn, filterStatTable, formatStatValue, headerGroups, type StatColumn } from '../../../../shared/statistics/stat-table';

const COLUMNS: StatColumn[] = [
  countColumn('all', '党员', 'member'),
  countColumn('women', '女性', 'member', '其中'),
  { key: 'share', label: '女性占比', group: '其中', kind: 'ratio', refs: 'member', ratio: { numerator: 'women', denominator: 'all', percent: true } },
  { ...countColumn('ended', '去世', 'member', '出党'), pendingSource: '待出党登记' },
];

const table = () =>
  buildStatTable({
    id: 't',
    title: '测试',
    basis: '',
    periodLabel: '',
    columns: COLUMNS,
    rows: [
      { key: 'a', label: '甲', cells: { all: countCell(['1', '2', '3', '4']), women: countCell(['1']) } },
      { key: 'b', label: '乙', cells: { all: countCell([]), women: countCell([]) } },
      { key: 'c', label: '丙', cells: { all: countCell(['5', '6']), women: countCell(['5', '6']) } },
    ],
  });

describe('the statistics table model', () => {
  it('adds the rows up, ids joined; a ratio is made from the totals, never summed; pending cells stay empty', () => {
    const { total, rows } = table();
    expect(total.cells.all).toEqual({ value: 6, ids: ['1', '2', '3', '4', '5', '6'] });
    expect(total.cells.share!.value).toBe(3 / 6);
    expect(rows[1]!.cells.share!.value).toBeNull();
    expect(total.cells.ended!.value).toBeNull();
  });

  it('makes the total again from the rows kept by a branch filter', () => {
    const filtered = filterStatTable(table(), new Set(['c']));
    expect(filtered.rows.map((row) => row.key)).toEqual(['c']);
    expect([filtered.total.cells.all!.value, filtered.total.cells.share!.value]).toEqual([2, 1]);
  });

  it('refuses a row without a number for a column', () => {
    expect(() => buildStatTable({ id: 't', title: '', basis: '', periodLabel: '', columns: COLUMNS, rows: [{ key: 'a', label: '甲', cells: { all: countCell([]) } }] })).toThrow('女性');
  });

  it('groups consecutive columns under their merged header', () => {
    expect(headerGroups(COLUMNS).map((group) => [group.group, group.columns.length])).toEqual([['', 1], ['其中', 2], ['出党', 1]]);
  });

  it('shows money in 元, ratios as percent, pending as a dash', () => {
    expect(formatStatValue({ kind: 'money' }, 12345)).toBe('123.45');
    expect(formatStatValue({ kind: 'ratio', ratio: { numerator: 'a', denominator: 'b', percent: true } }, 0.5)).toBe('50.0%');
    expect(formatStatValue({ kind: 'ratio', ratio: { numerator: 'a', denominator: 'b', percent: false } }, 12.25)).toBe('12.3');
    expect(formatStatValue({ kind: 'hours' }, 12.5)).toBe('12.5');
    expect(formatStatValue({ kind: 'count', pendingSource: 'x' }, 3)).toBe('—');
  });
});
