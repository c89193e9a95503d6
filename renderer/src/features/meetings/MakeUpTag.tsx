import { Tag } from 'antd';
import { countedMakeUp } from '../../../../shared/meetings/make-up-periods';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { periodLabel } from '../../../../shared/meetings/periods';
import { useActiveRules } from '../../core/rules/active-rules';

/** What the compliance counting makes of a meeting's 补开期次 (none, the period it makes up, or a value it cannot use). */
export function useMakeUpText(meeting: MeetingRecord): { late: string } | { unusable: string } | null {
  const { ruleSet } = useActiveRules();
  const period = countedMakeUp(meeting, ruleSet.rules.meetings);
  if (period) return { late: periodLabel(period) };
  return meeting.makesUpPeriod ? { unusable: meeting.makesUpPeriod } : null;
}

/** 补开 in the list only when the meeting is counted as a make-up: a stored value the counting cannot use is shown as such. */
export function MakeUpTag({ meeting }: { meeting: MeetingRecord }) {
  const text = useMakeUpText(meeting);
  if (!text) return null;
  if ('late' in text) return <Tag color="gold" title={`补开${text.late}`}>补开</Tag>;
  return (
    <Tag color="red" title={`补开期次“${text.unusable}”不是会议之前的期间，本次会议按期计。请修改会议记录并选择所补的期间。`}>
      补开期次有误
    </Tag>
  );
}
