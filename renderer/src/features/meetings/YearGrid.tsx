import { Select, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { BranchRecord } from '../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../shared/members/member';
import { branchCompliance } from '../../../../shared/meetings/compliance';
import { formatRate } from '../../../../shared/meetings/attendance';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { parsePeriod } from '../../../../shared/meetings/periods';
import { yearGrid } from '../../../../shared/meetings/year-grid';
import { useToday } from '../../core/today';
import { useActiveRules } from '../../core/rules/active-rules';
import { STATUS_STYLE } from '../../shell/compliance-colors';
import { useTalks } from '../talks';
import { useMeetingIndex } from './use-compliance';
import { YearGridTable } from './YearGridTable';

interface YearGridProps {
  branch: BranchRecord;
  members: readonly MemberRecord[];
  meetings: readonly MeetingRecord[];
  year: number;
  years: number[];
  onYearChange: (year: number) => void;
}

/** 年度台账: every type against its rule, month by month, with the year's totals. */
export function YearGrid({ branch, meetings, year, years, onYearChange }: YearGridProps) {
  const { ruleSet } = useActiveRules();
  const today = useToday();
  // 谈心谈话 is counted from the talk records (三会一课 → 谈心谈话), not from meetings of that type.
  const talks = useTalks(branch.id);
  const index = useMeetingIndex(meetings, talks);
  const rules = ruleSet.rules.meetings;
  const rows = useMemo(() => (index ? yearGrid(index, branch, rules, year, today) : []), [index, branch, rules, year, today]);
  const summary = useMemo(
    () => (index ? branchCompliance({ branch, meetings, rules, period: parsePeriod(String(year))!, today, index }) : undefined),
    [index, branch, meetings, rules, year, today],
  );

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select aria-label="台账年度" value={year} onChange={onYearChange} options={years.map((value) => ({ value, label: `${value}年` }))} style={{ width: 100 }} />
        {summary && (
          <Typography.Text>
            全年共召开 {summary.meetingsHeld} 次会议，平均出席率 {formatRate(summary.attendanceRate)}
          </Typography.Text>
        )}
        {(['met', 'late', 'missing', 'pending'] as const).map((status) => (
          <Tag key={status} color={STATUS_STYLE[status].background} style={{ color: STATUS_STYLE[status].color }}>
            {STATUS_STYLE[status].label}
          </Tag>
        ))}
      </Space>
      <YearGridTable rows={rows} />
    </Space>
  );
}
