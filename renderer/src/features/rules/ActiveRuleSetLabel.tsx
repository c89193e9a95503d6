import { Typography } from 'antd';
import { useActiveRules } from '../../core/rules/active-rules';

/** Which rule set this PC applies: its name and version, and since when. */
export function ActiveRuleSetLabel({ storedSource }: { storedSource: string }) {
  const { ruleSet, source, storedAt } = useActiveRules();
  return (
    <span data-testid="active-rule-set">
      {ruleSet.name}（第 {ruleSet.version} 版）
      <Typography.Text type="secondary">
        {source === 'national' ? '，全国通用默认规则' : `，${storedSource}${storedAt ? ` ${new Date(storedAt).toLocaleString('zh-CN')}` : ''}`}
      </Typography.Text>
    </span>
  );
}
