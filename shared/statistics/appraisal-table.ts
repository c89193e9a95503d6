import { APPRAISAL_GRADE_LABELS, APPRAISAL_GRADES, appraisableMembers, DISPOSAL_LABELS, DISPOSALS, UNGRADED_LABEL } from '../assessment/appraisal';
import type { BranchStatRecords, StatScope } from './stat-input';
import { buildStatTable, countCell, countColumn, type StatCell, type StatColumn, type StatTable } from './stat-table';

/**
 * 民主评议党员情况 for the year of the period, a row per branch: the 等次 the branch recorded
 * for each member (《中国共产党党员教育管理工作条例》2019 第十八条: 优秀, 合格, 基本合格,
 * 不合格), the appraisable members with no 等次 yet (未评: the branch's form never grades by
 * default), the 优秀率, the 组织处置 of 不合格 members (限期改正, 劝其退党, 除名, still pending)
 * and the 优秀共产党员 the branch nominated. 民主评议 is held once a year, so a month or a
 * quarter counts its year.
 */
export const APPRAISAL_COLUMNS: readonly StatColumn[] = [
  countColumn('appraisable', '应参评党员', 'member'),
  countColumn('appraised', '已评定', 'member', '评议等次'),
  ...APPRAISAL_GRADES.map((grade) => countColumn(grade, APPRAISAL_GRADE_LABELS[grade], 'member', '评议等次')),
  countColumn('ungraded', UNGRADED_LABEL, 'member', '评议等次'),
  { key: 'excellentShare', label: '优秀率', group: '评议等次', kind: 'ratio', refs: 'member', ratio: { numerator: 'excellent', denominator: 'appraised', percent: true } },
  ...DISPOSALS.map((disposal) => countColumn(`disposal.${disposal}`, DISPOSAL_LABELS[disposal], 'member', '不合格党员组织处置')),
  countColumn('disposalPending', '待处置', 'member', '不合格党员组织处置'),
  countColumn('nominated', '推荐优秀共产党员', 'member'),
];

function appraisalCells(records: BranchStatRecords, year: number): Record<string, StatCell> {
  const record = (records.appraisals ?? []).find((each) => each.year === year && !each.deleted);
  const results = record?.results ?? {};
  const ids: Record<string, string[]> = Object.fromEntries(APPRAISAL_COLUMNS.map((column) => [column.key, []]));
  const appraisable = appraisableMembers(records.members, year);
  ids.appraisable = appraisable.map((member) => member.id);
  ids.ungraded = appraisable.filter((member) => !Object.hasOwn(results, member.id)).map((member) => member.id);
  for (const [memberId, entry] of Object.entries(results)) {
    ids.appraised!.push(memberId);
    ids[entry.grade]?.push(memberId);
    if (entry.grade === 'unqualified') ids[entry.disposal === '' ? 'disposalPending' : `disposal.${entry.disposal}`]?.push(memberId);
  }
  ids.nominated = Object.keys(record?.nominations ?? {});
  return Object.fromEntries(Object.entries(ids).filter(([key]) => key !== 'excellentShare').map(([key, list]) => [key, countCell(list)]));
}

export function appraisalTable(branches: readonly BranchStatRecords[], scope: StatScope): StatTable {
  const year = Number(scope.period.start.slice(0, 4));
  return buildStatTable({
    id: 'appraisal',
    title: '民主评议党员情况',
    basis: '《中国共产党党员教育管理工作条例》（2019）第十八条；关于加强和改进党员队伍建设的意见（不合格党员组织处置）',
    periodLabel: `${year}年度`,
    columns: APPRAISAL_COLUMNS,
    rows: branches.map((records) => ({ key: records.branch.id, label: records.branch.name, cells: appraisalCells(records, year) })),
    notes: [
      '民主评议党员每年进行一次，按统计期所在年度统计各支部报送的评议结果。',
      `应参评党员：该年度内在本支部名册中的正式党员和预备党员；${UNGRADED_LABEL}：其中支部尚未评定等次的。已评定含年内转出、出党前已评定的党员。优秀率 = 优秀 ÷ 已评定。`,
    ],
  });
}
