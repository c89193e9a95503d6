import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { BRAND_LIMITS, type BranchBrand } from '../../../../shared/activities/activity';
import type { BranchRecord } from '../../../../shared/branch/branch';
import { useFormSave } from '../../shell/use-form-save';
import { brandRepository } from './data/brand-repository';

/** The brand as the branch named it: shown to the branch under its card and to the office above the branch's activities. */
export function BrandSummary({ brand }: { brand: BranchBrand | undefined }) {
  if (!brand) return <Typography.Text type="secondary">尚未填写支部品牌。</Typography.Text>;
  return (
    <Space direction="vertical" size={2} data-testid="branch-brand">
      <Typography.Text strong>{brand.name}</Typography.Text>
      {brand.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{brand.description}</Typography.Paragraph>}
    </Space>
  );
}

/** 一支部一品牌 on the branch PC: its name and description, kept on the branch record and sent with the next report. */
export function BrandCard({ branch }: { branch: BranchRecord }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<BranchBrand>();
  const [editing, setEditing] = useState(false);
  const { failure, saving, run } = useFormSave(form);

  function save(values: BranchBrand) {
    return run(
      async () => {
        const saved = await brandRepository.save(branch.id, { name: values.name ?? '', description: values.description ?? '' });
        message.success(`已保存支部品牌“${saved.brand!.name}”。`);
      },
      () => setEditing(false),
    );
  }

  return (
    <Card
      title="一支部一品牌"
      extra={
        !editing && (
          <Button onClick={() => setEditing(true)}>
            {branch.brand ? '修改品牌' : '填写品牌'}
          </Button>
        )
      }
    >
      {editing ? (
        <Form form={form} layout="vertical" aria-label="支部品牌" initialValues={branch.brand ?? { name: '', description: '' }} onFinish={(values) => void save(values)}>
          {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
          <Form.Item name="name" label="品牌名称">
            <Input maxLength={BRAND_LIMITS.name} placeholder="如：“心”连心党员服务队" />
          </Form.Item>
          <Form.Item name="description" label="品牌简介">
            <Input.TextArea rows={4} maxLength={BRAND_LIMITS.description} showCount placeholder="品牌的主题、载体、做法和成效" />
          </Form.Item>
          <Space>
            <Button type="primary" loading={saving} htmlType="submit">
              保存品牌
            </Button>
            <Button onClick={() => setEditing(false)}>取消</Button>
          </Space>
        </Form>
      ) : (
        <BrandSummary brand={branch.brand} />
      )}
    </Card>
  );
}
