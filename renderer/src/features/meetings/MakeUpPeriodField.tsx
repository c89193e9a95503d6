import { Form, Select } from 'antd';
import { useMemo } from 'react';
import type { BranchRecord } from '../../../../shared/branch/branch';
import { indexMeetings } from '../../../../shared/meetings/compliance';
import { makeUpPeriodChoices } from '../../../../shared/meetings/make-up-periods';
import { parsePeriod, periodLabel } from '../../../../shared/meetings/periods';
import { useActiveRules } from '../../core/rules/active-rules';
import { useToday } from '../../core/today';
import { FormField } from '../../shell/FormField';
import { useMeetings } from './use-meetings';

interface MakeUpPeriodFieldProps {
  branch: BranchRecord;
  /** The meeting being edited, which must not count as holding the period it makes up. */
  meetingId: string;
}

/**
 * 补开期次 as a choice of the periods of this type that were due and missed before the
 * meeting's own (shared/meetings/make-up-periods.ts), so no typo can be stored; the value
 * already stored stays shown even when it is no longer among them.
 */
export function MakeUpPeriodField({ branch, meetingId }: MakeUpPeriodFieldProps) {
  const { ruleSet } = useActiveRules();
  const today = useToday();
  const type = Form.useWatch('type');
  const date = Form.useWatch('date');
  const partyGroupId = Form.useWatch('partyGroupId');
  const current = Form.useWatch('makesUpPeriod');
  // Read here, not handed down through the editor: 保存 changes the branch's meetings, and the
  // editor of a hundred attendees must not be drawn again for it (issue #16 item 12).
  const meetings = useMeetings();
  const index = useMemo(() => indexMeetings((meetings ?? []).filter((meeting) => meeting.id !== meetingId)), [meetings, meetingId]);
  const options = useMemo(() => {
    if (!type || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) return [];
    const choices = makeUpPeriodChoices({ index, branch, rules: ruleSet.rules.meetings, meeting: { type, date, partyGroupId: partyGroupId ?? '' }, today });
    const shown = choices.map((period) => ({ value: period.key, label: periodLabel(period) }));
    if (current && !shown.some((option) => option.value === current)) {
      const stored = parsePeriod(current);
      shown.unshift({ value: current, label: stored ? periodLabel(stored) : current });
    }
    return shown;
  }, [index, branch, ruleSet, type, date, partyGroupId, current, today]);

  return (
    <FormField name="makesUpPeriod" label="补开期次" span={6} tooltip="会议在应召开的期间之后补开时，选择所补的期间（列出本类会议此前应召开而未召开的期间）；按期召开则留空。">
      <Select aria-label="补开期次" placeholder="按期召开则留空" options={options} allowClear notFoundContent="此前没有未召开的期间" />
    </FormField>
  );
}
