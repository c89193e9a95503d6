import { yuanAmount } from '../../../../shared/dues/dues-amount';
import { MEETING_TYPE_LABELS } from '../../../../shared/meetings/meeting-types';
import { parsePeriod, periodLabel } from '../../../../shared/meetings/periods';
import { STAGE_LABELS } from '../../../../shared/members/member';
import { parseUnitRef } from '../../../../shared/statistics/meeting-life-table';
import { TALK_KIND_LABELS } from '../../../../shared/talks/talk';
import type { StatRefKind } from '../../../../shared/statistics/stat-table';
import type { TraceSource } from './data/statistics-repository';

/** The list behind a number: headers and one row of text per record. */
export interface TraceList {
  headers: string[];
  rows: { key: string; cells: string[] }[];
}

const HEADERS: Record<StatRefKind, string[]> = {
  member: ['姓名', '支部', '科室', '类别'],
  meeting: ['日期', '支部', '类型', '会议名称'],
  branch: ['支部', '上级党组织'],
  remittance: ['支部', '所属季度', '上缴日期', '金额（元）'],
  unit: ['支部', '会议类型', '期次', '党小组'],
};

/** Describes the records a cell's ids name, from the records read for it. */
export function createTraceLookup(source: TraceSource) {
  const branches = new Map(source.branches.map((branch) => [branch.id, branch]));
  const members = new Map(source.members.map((member) => [member.id, member]));
  const meetings = new Map(source.meetings.map((meeting) => [meeting.id, meeting]));
  const talks = new Map(source.talks.map((talk) => [talk.id, talk]));
  const remittances = new Map(source.remittances.map((row) => [row.id, row]));
  const branchName = (id: string) => branches.get(id)?.name ?? '（未知支部）';

  function cellsOf(kind: StatRefKind, id: string): string[] {
    switch (kind) {
      case 'member': {
        const member = members.get(id);
        return member ? [member.name, branchName(member.branchId), member.department, STAGE_LABELS[member.stage]] : [id, '', '', ''];
      }
      case 'meeting': {
        const meeting = meetings.get(id);
        if (meeting) return [meeting.startAt.slice(0, 10), branchName(meeting.branchId), MEETING_TYPE_LABELS[meeting.type], meeting.sessionName];
        const talk = talks.get(id);
        return talk ? [talk.date, branchName(talk.branchId), `${MEETING_TYPE_LABELS.heartToHeartTalk}（${TALK_KIND_LABELS[talk.kind]}）`, talk.topic] : [id, '', '', ''];
      }
      case 'branch':
        return [branchName(id), branches.get(id)?.parentOrganizationName ?? ''];
      case 'remittance': {
        const row = remittances.get(id);
        return row ? [branchName(row.branchId), `${row.year}年第${row.quarter}季度`, row.remittedOn, yuanAmount(row.amountFen)] : [id, '', '', ''];
      }
      case 'unit': {
        const unit = parseUnitRef(id);
        const period = parsePeriod(unit.periodKey);
        const group = branches.get(unit.branchId)?.partyGroups?.find((candidate) => candidate.id === unit.groupId)?.name ?? '';
        return [branchName(unit.branchId), MEETING_TYPE_LABELS[unit.type], period ? periodLabel(period) : unit.periodKey, group];
      }
    }
  }

  return (kind: StatRefKind, ids: readonly string[]): TraceList => ({
    headers: HEADERS[kind],
    rows: ids.map((id, index) => ({ key: `${id}#${index}`, cells: cellsOf(kind, id) })),
  });
}

export type TraceLookup = ReturnType<typeof createTraceLookup>;
