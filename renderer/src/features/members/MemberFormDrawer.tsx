import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Divider, Drawer, Form, Input, InputNumber, Popconfirm, Radio, Row, Select, Space, Switch } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DEVELOPMENT_STAGES, OCCUPATION_GROUP_LABELS, OCCUPATION_GROUPS, STAGE_LABELS, type MemberRecord } from '../../../../shared/members/member';
import { validateMember, type MemberInput } from '../../../../shared/members/member-validation';
import { currentLeaving, LEAVING_LABELS } from '../../../../shared/members/roster-periods';
import { memberInputOf } from '../../../../shared/roster/roster-import';
import { DateInput } from '../../shell/DateInput';
import { DateField, FormField } from '../../shell/FormField';
import { useToday } from '../../core/today';
import { useActiveRules } from '../../core/rules/active-rules';
import { memberRepository } from './data/member-repository';
import { formErrorsOf } from '../../shell/form-errors';
import { arrivingMember, blankMember, mergeFormValues, withIdDerivedFields } from './member-form';

const STAGE_OPTIONS = DEVELOPMENT_STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }));
const OCCUPATION_OPTIONS = [{ value: '', label: '（未填，统计时按职称推算）' }, ...OCCUPATION_GROUPS.map((group) => ({ value: group, label: OCCUPATION_GROUP_LABELS[group] }))];
const EDUCATION_OPTIONS = ['研究生', '大学本科', '大学专科', '中专', '高中', '初中及以下'].map((value) => ({ value }));

interface MemberFormDrawerProps {
  /** The member to edit; null to add a new one; undefined when closed. */
  member: MemberRecord | null | undefined;
  /** A new member transferred in from outside the hospital: the form starts with a 转入 row to fill in. */
  arriving?: boolean;
  branchId: string;
  partyGroupOptions: { value: string; label: string }[];
  onClose: () => void;
}

/** Add or edit one member: every field of the roster, the pipeline's milestones and transfers. */
export function MemberFormDrawer({ member, arriving = false, branchId, partyGroupOptions, onClose }: MemberFormDrawerProps) {
  const { message } = App.useApp();
  const today = useToday();
  const { ruleSet } = useActiveRules();
  // Untyped: validation reports dotted paths into nested fields and lists, which the typed form refuses.
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  // Said inside the drawer, under its title: a message at the top of the window would cover the title.
  const [problem, setProblem] = useState<string>();
  const fieldsInError = useRef<string[]>([]);
  const left = member ? currentLeaving(member) : null;
  const start = useMemo(() => (member ? memberInputOf(member) : arriving ? arrivingMember() : blankMember()), [member, arriving]);
  // What save demands, marked as it will be checked: 入党时间 for members, 转正时间 for full members.
  const stage = (Form.useWatch('stage', form) as MemberInput['stage'] | undefined) ?? start.stage;

  useEffect(() => {
    if (member === undefined) return;
    form.resetFields();
    form.setFieldsValue(start);
    fieldsInError.current = [];
    setProblem(undefined);
  }, [member, start, form]);

  async function save() {
    const input = mergeFormValues(start, form.getFieldsValue(true) as Partial<MemberInput>);
    const errors = validateMember(input, today, ruleSet);
    form.setFields(formErrorsOf(errors, fieldsInError.current));
    fieldsInError.current = Object.keys(errors);
    setProblem(undefined);
    if (fieldsInError.current.length > 0) {
      setProblem(`有 ${fieldsInError.current.length} 处需要修改，请查看标红的栏目。`);
      form.scrollToField(fieldsInError.current[0]!.split('.'));
      return;
    }
    setSaving(true);
    try {
      if (member) await memberRepository.update(member.id, input);
      else await memberRepository.create(branchId, input);
      message.success(`已保存 ${input.name} 的信息。`);
      onClose();
    } catch (error) {
      setProblem(`保存失败，已填写的内容仍在表单中：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  async function remove() {
    if (!member) return;
    await memberRepository.remove(member.id);
    message.success(`已将 ${member.name} 从名册中删除，修改记录中保留了删除前的信息。`);
    onClose();
  }

  const footer = (
    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
      {member ? (
        <Popconfirm title={`从名册中删除 ${member.name}？`} description="删除会记入修改记录。" okText="删除" cancelText="取消" onConfirm={remove}>
          <Button danger>删除</Button>
        </Popconfirm>
      ) : (
        <span />
      )}
      <Space>
        <Button onClick={onClose}>取消</Button>
        <Button type="primary" loading={saving} onClick={() => void save()}>
          保存
        </Button>
      </Space>
    </Space>
  );

  return (
    <Drawer open={member !== undefined} onClose={onClose} width={820} title={member ? `编辑：${member.name}` : arriving ? '转入党员（从本院以外转入）' : '新增党员'} footer={footer} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={start}
        onValuesChange={(changed: Partial<MemberInput>) => {
          if (changed.idNumber !== undefined) form.setFieldsValue(withIdDerivedFields(mergeFormValues(start, form.getFieldsValue(true))));
        }}
      >
        {problem && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={problem} role="alert" />}
        {left && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={`已于 ${left.date} ${LEAVING_LABELS[left.kind]}${left.counterpart ? `（转往${left.counterpart}）` : ''}${left.document ? `，${left.document}` : ''}。此人不在党员名册中，记录和历史保留。`}
          />
        )}
        <Divider titlePlacement="start">基本信息</Divider>
        <Row gutter={16}>
          <FormField name="name" label="姓名" required>
            <Input maxLength={30} />
          </FormField>
          <FormField name="idNumber" label="身份证号">
            <Input maxLength={18} placeholder="18 位，填写后自动带出出生日期" />
          </FormField>
          <FormField name="gender" label="性别" required>
            <Radio.Group options={[{ value: 'male', label: '男' }, { value: 'female', label: '女' }]} />
          </FormField>
          <DateField name="birthDate" label="出生日期" required />
          <FormField name="ethnicity" label="民族">
            <Input maxLength={10} />
          </FormField>
          <FormField name="education" label="学历">
            <Select options={EDUCATION_OPTIONS} allowClear />
          </FormField>
          <FormField name="department" label="科室">
            <Input maxLength={30} />
          </FormField>
          <FormField name="post" label="职务/岗位">
            <Input maxLength={30} />
          </FormField>
          <FormField name="title" label="职称">
            <Input maxLength={30} placeholder="如：主治医师、主管护师" />
          </FormField>
          <FormField name="phone" label="联系电话">
            <Input maxLength={20} />
          </FormField>
          <FormField name="partyGroupId" label="党小组">
            <Select options={[{ value: '', label: '（未分组）' }, ...partyGroupOptions]} />
          </FormField>
          <FormField name="occupation" label="人员分类">
            <Select options={OCCUPATION_OPTIONS} />
          </FormField>
          <FormField name="retired" label="离退休" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </FormField>
        </Row>

        <Divider titlePlacement="start">党籍</Divider>
        <Row gutter={16}>
          <FormField name="stage" label="类别" required>
            <Select options={STAGE_OPTIONS} />
          </FormField>
          <DateField name="joinedOn" label="入党时间" required={stage === 'probationary' || stage === 'full'} />
          <DateField name="fullMembershipOn" label="转正时间" required={stage === 'full'} />
        </Row>

        <Divider titlePlacement="start">发展情况</Divider>
        <Row gutter={16}>
          <DateField name={['development', 'appliedOn']} label="递交入党申请书" />
          <DateField name={['development', 'applicationTalkOn']} label="派人谈话" />
          <DateField name={['development', 'activistOn']} label="确定为积极分子" />
          <FormField name={['development', 'contacts']} label="培养联系人" span={12}>
            <Select mode="tags" open={false} tokenSeparators={['，', ',', '、']} placeholder="输入姓名后按回车" />
          </FormField>
          <DateField name={['development', 'candidateOn']} label="确定为发展对象" />
          <FormField name={['development', 'introducers']} label="入党介绍人" span={12}>
            <Select mode="tags" open={false} tokenSeparators={['，', ',', '、']} placeholder="输入姓名后按回车" />
          </FormField>
          <FormField name={['development', 'candidateTrainingHours']} label="集中培训学时">
            <InputNumber min={0} max={999} style={{ width: '100%' }} />
          </FormField>
          <DateField name={['development', 'preReviewOn']} label="上级党委预审" />
          <DateField name={['development', 'publicityStart']} label="公示开始" />
          <DateField name={['development', 'publicityEnd']} label="公示结束" />
          <DateField name={['development', 'admissionVoteOn']} label="支部大会讨论接收" />
          <DateField name={['development', 'committeeApprovalOn']} label="上级党委审批" />
          <FormField name={['development', 'probationExtensionMonths']} label="延长预备期（月）">
            <InputNumber min={0} max={12} style={{ width: '100%' }} />
          </FormField>
          <DateField name={['development', 'fullMembershipVoteOn']} label="支部大会讨论转正" />
        </Row>

        <Divider titlePlacement="start">组织关系转接</Divider>
        <Form.List name="transfers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row gutter={8} key={field.key}>
                  <Col span={3}>
                    <Form.Item name={[field.name, 'direction']}>
                      <Select options={[{ value: 'in', label: '转入' }, { value: 'out', label: '转出' }]} aria-label="转入或转出" />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'date']}>
                      <DateInput aria-label="转接日期" />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item name={[field.name, 'counterpart']}>
                      <Input placeholder="转自/转往的党组织" aria-label="转自或转往的党组织" />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[field.name, 'letterNumber']}>
                      <Input placeholder="介绍信编号" aria-label="介绍信编号" />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item name={[field.name, 'note']}>
                      <Input placeholder="备注" />
                    </Form.Item>
                  </Col>
                  <Col span={1}>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="删除该条转接记录" />
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ direction: 'in', date: '', counterpart: '', note: '', letterNumber: '' })}>
                添加转接记录
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
