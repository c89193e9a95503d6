import { Alert, List, Result, Tag, Typography } from 'antd';
import type { MemberActivityAlarm } from '../../../../shared/dues/dues-alarms';
import { useActiveRules } from '../../core/rules/active-rules';

/** 提醒: 3 months in arrears or away (warning) and the 党章 six-month rule (red). */
export function AlarmsPanel({ alarms }: { alarms: readonly MemberActivityAlarm[] }) {
  const { ruleSet } = useActiveRules();
  const { arrearsWarningMonths, arrearsAlarmMonths } = ruleSet.rules.dues;
  const { regulation, article } = arrearsAlarmMonths.source;
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message={`连续 ${arrearsWarningMonths.value} 个月未交党费或未参加组织生活予以提示；连续 ${arrearsAlarmMonths.value} 个月的，依照《${regulation}》${article}红色警示。组织生活情况取自“三会一课”的出席和补课记录。`}
      />
      {alarms.length === 0 ? (
        <Result status="success" title="没有需要提醒的党员" />
      ) : (
        <section aria-label="党费与组织生活提醒">
          <List
            bordered
            dataSource={[...alarms]}
            renderItem={(alarm) => (
              <List.Item>
                <Typography.Text>
                  <Tag color={alarm.severity === 'error' ? 'red' : 'orange'}>{alarm.severity === 'error' ? '红色警示' : '提醒'}</Tag>
                  {alarm.message}
                </Typography.Text>
              </List.Item>
            )}
          />
        </section>
      )}
    </>
  );
}
