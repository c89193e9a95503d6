import { Alert, Space } from 'antd';
import type { BranchRecord } from '../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../shared/members/member';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { meetingRuleChecks } from '../../../../shared/meetings/quorum';
import { useActiveRules } from '../../core/rules/active-rules';

/** Quorum and vote thresholds for this record, green when met and red when not. */
export function MeetingRuleChecks({ meeting, branch, members }: { meeting: MeetingRecord; branch: BranchRecord; members: readonly MemberRecord[] }) {
  const { ruleSet } = useActiveRules();
  const checks = meetingRuleChecks(meeting, branch, members, ruleSet.rules.meetings);
  if (checks.length === 0) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} className="no-print">
      {checks.map((check) => (
        <Alert key={check.message} type={check.ok ? 'success' : 'error'} showIcon message={check.message} />
      ))}
    </Space>
  );
}
