import { owedMakeUps } from '../meetings/attendance';
import { branchCompliance, countedGroup, countedPeriod, countKey, indexMeetings, rulePeriodsCovering, type MeetingIndex } from '../meetings/compliance';
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingRecord, type MeetingType } from '../meetings/meeting-types';
import { periodLabel, periodsCovering, type Period } from '../meetings/periods';
import { FREQUENCY_PERIODS, type MeetingRules } from '../rules/rule-types';
import { talksInUnits, TALK_MEETING_TYPE, withTalkCounts } from '../talks/talk-counts';
import { within } from './member-facts';
import type { BranchStatRecords, StatScope } from './stat-input';
import { amountCell, buildStatTable, countColumn, type StatCell, type StatColumn, type StatTable } from './stat-table';

/** A rule period of a type in a branch, as the 'unit' ids of the 应开/未开 cells name it (the total row joins branches). */
export function unitRef(branchId: string, type: MeetingType, groupId: string, periodKey: string): string {
  return `${branchId}|${countKey(type, groupId, periodKey)}`;
}

export function parseUnitRef(ref: string): { branchId: string; type: MeetingType; groupId: string; periodKey: string } {
  const [branchId, type, groupId, periodKey] = ref.split('|') as [string, MeetingType, string, string];
  return { branchId, type, groupId, periodKey };
}

const typeColumns = (type: MeetingType): StatColumn[] => {
  const group = MEETING_TYPE_LABELS[type];
  return [
    countColumn(`${type}.due`, '应开', 'unit', group),
    countColumn(`${type}.onTime`, '按期', 'meeting', group),
    countColumn(`${type}.late`, '补开', 'meeting', group),
    countColumn(`${type}.missing`, '未开', 'unit', group),
  ];
};

/**
 * 组织生活（三会一课）落实情况 for a period, a row per branch: per meeting type the
 * meetings due by the rule set, held on time, held late (补开) and missing, from the same
 * compliance engine as 三会一课 → 年度台账 and the office's 各支部 (支部工作条例 2018
 * 第十一条至第十三条; 党员教育管理工作条例 2019 第十六条至第十八条); attendance over
 * the period's meetings, and make-ups still owed for them. 谈心谈话 is counted from the talk
 * records (its 按期 cell lists the talks), as 三会一课's yearly grid counts it.
 */
export const MEETING_LIFE_COLUMNS: readonly StatColumn[] = [
  ...MEETING_TYPES.flatMap(typeColumns),
  countColumn('held', '召开会议', 'meeting', '出席'),
  countColumn('expected', '应到人次', 'meeting', '出席'),
  countColumn('present', '实到人次', 'meeting', '出席'),
  { key: 'attendanceRate', label: '平均出席率', group: '出席', kind: 'ratio', refs: 'meeting', ratio: { numerator: 'present', denominator: 'expected', percent: true } },
  countColumn('makeUpsOwed', '待补课人次', 'member'),
];

/**
 * The meetings of a type that count for one of the given units, split on time and late. The
 * units may be of several kinds (a rule the office changed within the period); they do not
 * overlap, so a meeting counts for at most one.
 */
function meetingsForUnits(meetings: readonly MeetingRecord[], type: MeetingType, units: ReadonlySet<string>, span: { start: string; end: string }): { onTime: string[]; late: string[] } {
  const onTime: string[] = [];
  const late: string[] = [];
  for (const meeting of meetings) {
    // A meeting counts for a period it lies in or, held late (补开), an earlier one: never one after it,
    // and after the last unit only as a make-up. The years of other meetings need no period worked out.
    const day = meeting.startAt.slice(0, 10);
    if (day < span.start || (day > span.end && !meeting.makesUpPeriod)) continue;
    const counted = FREQUENCY_PERIODS.map((per) => countedPeriod(meeting, per)).find(({ key }) => units.has(countKey(type, countedGroup(meeting), key)));
    if (counted) (counted.late ? late : onTime).push(meeting.id);
  }
  return { onTime, late };
}

/** The days any rule period of any type counted for `period` spans: meetings outside it count for none of them (but make-ups after it). */
function countedSpan(rules: MeetingRules, period: Period): { start: string; end: string } {
  let [start, end] = [period.start, period.end];
  for (const type of MEETING_TYPES) {
    for (const unit of rulePeriodsCovering(rules[type], period)) {
      if (unit.period.start < start) start = unit.period.start;
      if (unit.period.end > end) end = unit.period.end;
    }
  }
  return { start, end };
}

/**
 * The meetings indexed for a scope: only those that can count for one of its rule periods or
 * lie in it (a branch's five years would otherwise be indexed to read one year). The index
 * answers the same for the scope as one of every meeting (the hospital test compares them).
 */
function scopedIndex(records: BranchStatRecords, rules: MeetingRules, period: Period): MeetingIndex {
  const span = countedSpan(rules, period);
  return indexMeetings(
    records.meetings.filter((meeting) => {
      const day = meeting.startAt.slice(0, 10);
      return day >= span.start && (day <= span.end || Boolean(meeting.makesUpPeriod));
    }),
  );
}

function meetingLifeCells(records: BranchStatRecords, scope: StatScope): Record<string, StatCell> {
  const rules = scope.ruleSet.rules.meetings;
  // 谈心谈话 from the talk records; a legacy meeting of that type only for a period without any (withTalkCounts).
  const index: MeetingIndex = withTalkCounts(records.meetingIndex ?? scopedIndex(records, rules, scope.period), records.talks);
  const compliance = branchCompliance({ branch: records.branch, index, rules, period: scope.period, today: scope.today });
  const cells: Record<string, StatCell> = {};
  const byType = new Map<MeetingType, MeetingRecord[]>(MEETING_TYPES.map((type) => [type, []]));
  for (const meeting of index.live) byType.get(meeting.type)?.push(meeting);
  for (const type of compliance.types) {
    const units = type.units.map((unit) => unitRef(records.branch.id, type.type, unit.partyGroupId, unit.period.key));
    const span = {
      start: type.units.reduce((first, unit) => (unit.period.start < first ? unit.period.start : first), '9999-12-31'),
      end: type.units.reduce((last, unit) => (unit.period.end > last ? unit.period.end : last), '0000-01-01'),
    };
    const unitKeys = new Set(type.units.map((unit) => countKey(type.type, unit.partyGroupId, unit.period.key)));
    const talked = type.type === TALK_MEETING_TYPE ? talksInUnits(records.talks, unitKeys) : { ids: [], units: new Set<string>() };
    const held = meetingsForUnits(byType.get(type.type) ?? [], type.type, new Set([...unitKeys].filter((key) => !talked.units.has(key))), span);
    cells[`${type.type}.due`] = amountCell(type.required, units);
    cells[`${type.type}.onTime`] = amountCell(type.onTime, [...talked.ids, ...held.onTime]);
    cells[`${type.type}.late`] = amountCell(type.late, held.late);
    cells[`${type.type}.missing`] = amountCell(
      type.missing,
      type.units.filter((unit) => unit.status === 'missing').map((unit) => unitRef(records.branch.id, type.type, unit.partyGroupId, unit.period.key)),
    );
  }
  const inPeriod = index.live.filter((meeting) => within(meeting.startAt.slice(0, 10), scope.period));
  const ids = inPeriod.map((meeting) => meeting.id);
  // The index's monthly totals: what 三会一课 and 各支部 show as the attendance rate.
  let expected = 0;
  let present = 0;
  for (const month of periodsCovering(scope.period, 'month')) {
    const totals = index.months.get(month.key);
    expected += totals?.expected ?? 0;
    present += totals?.present ?? 0;
  }
  cells.held = amountCell(compliance.meetingsHeld, ids);
  cells.expected = amountCell(expected, ids);
  cells.present = amountCell(present, ids);
  const owed = inPeriod.flatMap((meeting) => owedMakeUps(meeting));
  cells.makeUpsOwed = amountCell(owed.length, [...new Set(owed)]);
  return cells;
}

export function meetingLifeTable(branches: readonly BranchStatRecords[], scope: StatScope): StatTable {
  return buildStatTable({
    id: 'meetingLife',
    title: '组织生活（“三会一课”）落实情况',
    basis: '《中国共产党支部工作条例（试行）》（2018）第十一条至第十三条；《中国共产党党员教育管理工作条例》（2019）第十六条至第十八条',
    periodLabel: periodLabel(scope.period),
    columns: MEETING_LIFE_COLUMNS,
    rows: branches.map((records) => ({ key: records.branch.id, label: records.branch.name, cells: meetingLifeCells(records, scope) })),
    notes: [
      '应开按院党委下发的规则集计算（按月、按季度或按年），统计期短于规则周期的，计其所在的整个周期；尚未结束的周期不计未开。',
      '补开：在应开的周期结束后补开的会议。出席率 = 实到人次 ÷ 应到人次（统计期内召开的会议）。待补课：请假或缺席且尚未登记补课的人次。',
      '谈心谈话按“谈心谈话”登记的记录计（函询不计）；此前作为会议登记的谈心谈话，仅在该周期没有谈心谈话记录时计入，不重复计算。',
    ],
  });
}

