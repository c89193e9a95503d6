import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Col, Form, Input, Row, Select, Skeleton, Space, Switch } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { branchWarnings } from '../../../../shared/branch/branch-warnings';
import { BRANCH_KIND_LABELS, BRANCH_KINDS, COMMITTEE_ROLE_LABELS } from '../../../../shared/branch/branch';
import { DateField, FormField } from '../../shell/FormField';
import { useToday } from '../../core/today';
import { AuditDrawer } from '../audit';
import { BinderCard, BinderView } from '../binder';
import { navigate, useRouteQuery } from '../../core/navigation/hash-route';
import { branchPath, ownBinderPath } from '../../core/navigation/area-routes';
import { isFullMember, memberOptions, useMembers } from '../members';
import { useActiveRules } from '../../core/rules/active-rules';
import { BranchWarnings } from './BranchWarnings';
import type { ElectionCase } from './data/election-repository';
import { ElectionCard } from './election/ElectionCard';
import { ElectionPrintView } from './election/ElectionPrintView';
import { COMMITTEE_ROLES, branchFormValues, branchPatchOf, validateBranchForm, type BranchFormValues } from './branch-form';
import { saveBranch, useOwnBranch } from './use-branch';

export function BranchPage() {
  const branch = useOwnBranch();
  const members = useMembers();
  const { ruleSet } = useActiveRules();
  const today = useToday();
  const { message } = App.useApp();
  const [form] = Form.useForm<BranchFormValues>();
  const [saving, setSaving] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const binderYear = useRouteQuery('binder');
  const [printing, setPrinting] = useState<ElectionCase>();

  useEffect(() => {
    if (branch) form.setFieldsValue(branchFormValues(branch));
  }, [branch, form]);

  const warnings = useMemo(
    () => (branch && members ? branchWarnings(branch, members, ruleSet, today) : []),
    [branch, members, ruleSet, today],
  );
  const fullMemberOptions = useMemo(() => memberOptions(members ?? [], isFullMember), [members]);
  const allMemberOptions = useMemo(() => memberOptions(members ?? []), [members]);

  if (!branch || !members) return <Skeleton active />;
  if (binderYear) return <BinderView branchId={branch.id} year={Number(binderYear)} onBack={() => navigate(branchPath())} />;
  // The election record takes the whole page (the form is not printed with it).
  if (printing) return <ElectionPrintView entry={printing} organisation={branch.name} rules={ruleSet.rules.branch} onBack={() => setPrinting(undefined)} />;
  const initialValues = branchFormValues(branch);
  const { typedNames } = initialValues;

  async function save() {
    const values = { ...branchFormValues(branch!), ...form.getFieldsValue(true) } as BranchFormValues;
    const errors = validateBranchForm(values);
    form.setFields(
      (['name', 'termEnd'] as const).map((name) => ({ name, errors: errors[name] ? [errors[name]!] : [] })),
    );
    if (errors.partyGroups) message.error(errors.partyGroups);
    if (Object.keys(errors).length > 0) return;
    setSaving(true);
    try {
      await saveBranch(branch!.id, branchPatchOf(values));
      message.success('支部信息已保存。');
    } catch (error) {
      message.error(`保存失败：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <BranchWarnings warnings={warnings} />
      <Card title="年度台账" size="small" style={{ marginBottom: 16 }}>
        <BinderCard onOpen={(year) => navigate(ownBinderPath(year))} />
      </Card>
      <Form form={form} layout="vertical" initialValues={initialValues}>
        <Card
          title="基本情况"
          extra={<Button onClick={() => setHistoryOpen(true)}>修改记录</Button>}
          style={{ marginBottom: 16 }}
        >
          <Row gutter={16}>
            <FormField label="支部名称" name="name" required span={12}>
              <Input maxLength={60} />
            </FormField>
            <DateField label="成立日期" name="foundedOn" span={6} />
            <FormField label="联合支部" name="isJoint" span={6} valuePropName="checked" tooltip="由党员人数不足 3 人的多个单位联合成立的支部">
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </FormField>
            <FormField label="支部类别" name="kind" span={6} tooltip="行政、临床、医技、后勤或离退休：院党委按类别规定学习笔记字数等要求">
              <Select aria-label="支部类别" allowClear placeholder="请选择" options={BRANCH_KINDS.map((kind) => ({ value: kind, label: BRANCH_KIND_LABELS[kind] }))} />
            </FormField>
            <FormField label="覆盖科室" name="departments" span={18} tooltip="输入科室名称后按回车，可填写多个">
              <Select mode="tags" tokenSeparators={['，', ',', '、']} open={false} placeholder="如：心内科、心外科" />
            </FormField>
          </Row>
        </Card>

        <Card title="支部委员会" style={{ marginBottom: 16 }}>
          {/* Names typed at setup: shown until a member is chosen or the roster brings them in. */}
          <Row gutter={16}>
            {COMMITTEE_ROLES.map((role) => (
              <FormField key={role} label={COMMITTEE_ROLE_LABELS[role]} name={['seats', role]}>
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  options={fullMemberOptions}
                  placeholder={typedNames[role] ? `${typedNames[role]}（设置时填写，尚未关联名册）` : '选择正式党员'}
                />
              </FormField>
            ))}
            <DateField label="任期开始" name="termStart" />
            <DateField label="任期结束" name="termEnd" />
            <Col span={24}>
              <Form.Item name="secretaryIsDepartmentHead" valuePropName="checked">
                <Checkbox>书记同时担任科室负责人（“双带头人”）</Checkbox>
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title="党小组" style={{ marginBottom: 16 }}>
          <Form.List name="partyGroups">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'name']} label="名称">
                      <Input placeholder="如：第一党小组" maxLength={30} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'leaderId']} label="组长">
                      <Select allowClear showSearch optionFilterProp="label" options={allMemberOptions} style={{ width: 220 }} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="删除党小组" />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                  添加党小组
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        {/* Not a submit button: Enter confirms a typed date and must not save the form. */}
        <Button type="primary" loading={saving} onClick={() => void save()}>
          保存支部信息
        </Button>
      </Form>
      <div style={{ marginTop: 16 }}>
        <ElectionCard branchId={branch.id} members={members} rules={ruleSet.rules.branch} today={today} onPrint={setPrinting} />
      </div>
      <AuditDrawer
        open={historyOpen}
        onClose={() => setHistoryOpen(false)}
        scope={{ kind: 'branch', branchId: branch.id }}
        title="支部修改记录"
        lookup={(id) => branch.partyGroups?.find((group) => group.id === id)?.name}
      />
    </>
  );
}
