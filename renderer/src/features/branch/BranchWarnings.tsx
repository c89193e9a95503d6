import { Alert, Space } from 'antd';
import type { Warning } from '../../../../shared/branch/branch-warnings';

const ALERT_TYPES = { error: 'error', warning: 'warning', info: 'info' } as const;

/** The rule checks on the branch's structure; nothing at all when every check passes. */
export function BranchWarnings({ warnings }: { warnings: readonly Warning[] }) {
  if (warnings.length === 0) return null;
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }} aria-label="支部提醒">
      {warnings.map((warning) => (
        <Alert key={warning.code} type={ALERT_TYPES[warning.severity]} showIcon message={warning.message} />
      ))}
    </Space>
  );
}
