import { Alert, Button, Card, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import {
  ROLE_LABELS,
  nameLabelFor,
  validateSetup,
  type InstallationRole,
  type InstallationSetup,
  type SetupErrors,
} from '../../../../shared/setup/installation';
import { COMMITTEE_ROLE_LABELS, type CommitteeRole } from '../../../../shared/branch/branch';
import { useInstallationStore } from '../../core/installation/installation-store';
import { checkOperatorName, preferencesRepository } from '../../core/preferences/preferences-repository';

const ROLE_DESCRIPTIONS: Record<InstallationRole, string> = {
  branch: '记录本支部的党员、三会一课、学习和党费，定期用 U 盘向院党委报送。',
  central: '接收各支部的报送包，检查三会一课落实情况，审阅记录并下发回执和通知。',
};

const NAME_PLACEHOLDERS: Record<InstallationRole, string> = {
  branch: '例如：内科第一党支部',
  central: '例如：某某市人民医院党委',
};

/** First run: what this PC is, and its name. Shown until the choice is stored. */
export function SetupWizard() {
  const complete = useInstallationStore((store) => store.complete);
  const [setup, setSetup] = useState<InstallationSetup>({ role: 'branch', name: '', parentOrganizationName: '' });
  const [errors, setErrors] = useState<SetupErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [operator, setOperator] = useState('');
  const [operatorError, setOperatorError] = useState<string>();
  const [partyGroups, setPartyGroups] = useState<string[]>([]);
  const [committee, setCommittee] = useState<Partial<Record<CommitteeRole, string>>>({});

  const change = (patch: Partial<InstallationSetup>) => {
    setSetup((current) => ({ ...current, ...patch }));
    setErrors({});
  };

  const submit = async () => {
    const checked = validateSetup(setup);
    const operatorChecked = operator.trim() === '' ? undefined : checkOperatorName(operator);
    setOperatorError(operatorChecked && !operatorChecked.ok ? operatorChecked.message : undefined);
    if (!checked.ok) setErrors(checked.errors);
    if (!checked.ok || (operatorChecked && !operatorChecked.ok)) return;
    setSaving(true);
    setFailure(null);
    try {
      // Stored first: the setup's own audit entries are then signed with the name.
      if (operatorChecked?.ok) await preferencesRepository.setOperatorName(operatorChecked.value);
      const isBranch = checked.value.role === 'branch';
      const seats = (Object.keys(COMMITTEE_ROLE_LABELS) as CommitteeRole[]).map((role) => ({ role, name: committee[role] ?? '' }));
      await complete(checked.value, { partyGroups: isBranch ? partyGroups : [], committee: isBranch ? seats : [] });
    } catch (error) {
      setFailure(`保存失败：${(error as Error).message}`);
      setSaving(false);
    }
  };

  const fieldStatus = (field: keyof InstallationSetup) =>
    errors[field] ? { validateStatus: 'error' as const, help: errors[field] } : {};

  return (
    <div className="setup-page">
      <Card className="setup-card" title={<Typography.Title level={3}>欢迎使用支部工作台账</Typography.Title>}>
        <Typography.Paragraph type="secondary">
          首次使用，请先说明这台电脑的用途。数据只保存在本机，不需要联网。
        </Typography.Paragraph>
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label="这台电脑用于" {...fieldStatus('role')}>
            <Radio.Group value={setup.role} onChange={(event) => change({ role: event.target.value as InstallationRole })}>
              <Space direction="vertical">
                {(Object.keys(ROLE_LABELS) as InstallationRole[]).map((role) => (
                  <Radio key={role} value={role}>
                    <strong>{ROLE_LABELS[role]}</strong>
                    <div className="setup-role-description">{ROLE_DESCRIPTIONS[role]}</div>
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item label={nameLabelFor(setup.role)} htmlFor="setup-name" {...fieldStatus('name')}>
            <Input
              id="setup-name"
              value={setup.name}
              maxLength={60}
              placeholder={NAME_PLACEHOLDERS[setup.role]}
              onChange={(event) => change({ name: event.target.value })}
              autoFocus
            />
          </Form.Item>
          {setup.role === 'branch' && (
            <Form.Item label="所属党委（可不填）" htmlFor="setup-parent" {...fieldStatus('parentOrganizationName')}>
              <Input
                id="setup-parent"
                value={setup.parentOrganizationName}
                maxLength={60}
                placeholder="例如：某某市人民医院党委"
                onChange={(event) => change({ parentOrganizationName: event.target.value })}
              />
            </Form.Item>
          )}
          {setup.role === 'branch' && (
            <Form.Item
              label="党小组（可不填，以后可在“支部信息”中修改）"
              htmlFor="setup-groups"
              extra="输入组名后按回车，可填写多个；导入名册时表中出现的新党小组也可一并添加。"
            >
              <Select
                id="setup-groups"
                mode="tags"
                open={false}
                value={partyGroups}
                tokenSeparators={['，', ',', '、']}
                placeholder="如：第一党小组、第二党小组"
                onChange={(value: string[]) => setPartyGroups(value)}
              />
            </Form.Item>
          )}
          {setup.role === 'branch' && (
            <Form.Item
              label="支部委员会（可不填）"
              extra="先填姓名即可：导入名册或新增党员后，会自动关联到同名的党员；以后可在“支部信息”中修改。"
            >
              <div className="setup-committee">
                {(Object.entries(COMMITTEE_ROLE_LABELS) as [CommitteeRole, string][]).map(([role, label]) => (
                  <Input
                    key={role}
                    addonBefore={label}
                    aria-label={`${label}姓名`}
                    value={committee[role] ?? ''}
                    maxLength={20}
                    onChange={(event) => setCommittee((current) => ({ ...current, [role]: event.target.value }))}
                  />
                ))}
              </div>
            </Form.Item>
          )}
          <Form.Item
            label="操作人（您的姓名，可不填）"
            htmlFor="setup-operator"
            validateStatus={operatorError ? 'error' : undefined}
            help={operatorError}
            extra="修改记录中署这个名字；不填时署“支部书记”，以后可在“设置”中修改。"
          >
            <Input id="setup-operator" value={operator} maxLength={20} placeholder="例如：王芳" onChange={(event) => setOperator(event.target.value)} />
          </Form.Item>
          {failure && <Alert type="error" showIcon message={failure} className="setup-failure" />}
          <Button type="primary" htmlType="submit" size="large" block loading={saving}>
            完成设置
          </Button>
        </Form>
      </Card>
    </div>
  );
}
