import { OCCUPATION_GROUP_LABELS, OCCUPATION_GROUPS } from '../members/member';
import {
  AGE_BANDS,
  ageOn,
  bandOf,
  EDUCATION_BAND_LABELS,
  EDUCATION_BANDS,
  educationBandOf,
  isEthnicMinority,
  membersOn,
  occupationGroupOf,
  PARTY_STANDING_BANDS,
  partyStandingOn,
} from './member-facts';
import { asOfLabel, type BranchStatRecords } from './stat-input';
import { buildStatTable, countCell, countColumn, type StatColumn, type StatTable } from './stat-table';

/**
 * 党员队伍基本情况 as of a date, a row per branch: the structure the year-end 党内统计 asks
 * for (中共中央组织部《党内统计报表》党员基本情况: 性别, 民族, 年龄, 学历, 党龄) with a
 * hospital's occupations in place of the national 职业 list. Probationary members are
 * members (党章第七条) and counted everywhere but in 党龄, which starts at full membership.
 */
export const MEMBER_COMPOSITION_COLUMNS: readonly StatColumn[] = [
  countColumn('total', '党员总数', 'member'),
  countColumn('female', '女性', 'member', '其中'),
  countColumn('minority', '少数民族', 'member', '其中'),
  countColumn('probationary', '预备党员', 'member', '其中'),
  ...AGE_BANDS.map((band) => countColumn(band.key, band.label, 'member', '年龄')),
  countColumn('ageUnknown', '未填', 'member', '年龄'),
  ...EDUCATION_BANDS.map((band) => countColumn(band, EDUCATION_BAND_LABELS[band], 'member', '学历')),
  countColumn('educationUnknown', '未填', 'member', '学历'),
  ...PARTY_STANDING_BANDS.map((band) => countColumn(band.key, band.label, 'member', '党龄（正式党员）')),
  countColumn('standingUnknown', '未填转正时间', 'member', '党龄（正式党员）'),
  ...OCCUPATION_GROUPS.map((group) => countColumn(group, OCCUPATION_GROUP_LABELS[group], 'member', '人员分类')),
  countColumn('occupationUnknown', '未填', 'member', '人员分类'),
];

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

function compositionCells(records: BranchStatRecords, asOf: string) {
  const ids = new Map<string, string[]>();
  for (const { member, stage } of membersOn(records.members, asOf)) {
    const id = member.id;
    push(ids, 'total', id);
    if (member.gender === 'female') push(ids, 'female', id);
    if (isEthnicMinority(member.ethnicity)) push(ids, 'minority', id);
    if (stage === 'probationary') push(ids, 'probationary', id);
    push(ids, bandOf(AGE_BANDS, ageOn(member, asOf))?.key ?? 'ageUnknown', id);
    push(ids, educationBandOf(member.education) ?? 'educationUnknown', id);
    if (stage === 'full') push(ids, bandOf(PARTY_STANDING_BANDS, partyStandingOn(member, asOf))?.key ?? 'standingUnknown', id);
    push(ids, occupationGroupOf(member)?.group ?? 'occupationUnknown', id);
  }
  return Object.fromEntries(MEMBER_COMPOSITION_COLUMNS.map((column) => [column.key, countCell(ids.get(column.key) ?? [])]));
}

export function memberCompositionTable(branches: readonly BranchStatRecords[], asOf: string): StatTable {
  return buildStatTable({
    id: 'memberComposition',
    title: '党员队伍基本情况',
    basis: '中共中央组织部《党内统计报表》党员基本情况；党龄按《中国共产党章程》第七条自转正之日起算',
    periodLabel: asOfLabel(asOf),
    columns: MEMBER_COMPOSITION_COLUMNS,
    rows: branches.map((records) => ({ key: records.branch.id, label: records.branch.name, cells: compositionCells(records, asOf) })),
    notes: [
      `党员含正式党员和预备党员，按${asOf}时的组织关系和发展阶段统计。`,
      '年龄按统计截止日的周岁计算（生日当天满岁）。',
      '人员分类未填写的，按是否离退休、职称和岗位推算；推算不出的计入“未填”。',
    ],
  });
}
