import { App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { DEFAULT_OPERATOR_NAME, checkOperatorName, preferencesRepository } from '../../core/preferences/preferences-repository';

/** The name the audit log records as the author of every change made on this PC. */
export function OperatorNameCard() {
  const { message } = App.useApp();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();

  useEffect(() => {
    void preferencesRepository.getOperatorName().then(setName);
  }, []);

  async function save() {
    const checked = checkOperatorName(name);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setError(undefined);
    try {
      setName(await preferencesRepository.setOperatorName(checked.value));
      message.success('操作人已保存，此后的修改记录将署此名。');
    } catch (failure) {
      // The typed name stays in the field; the stored one is unchanged.
      setError(`操作人姓名没有保存。${(failure as Error).message}`);
    }
  }

  return (
    <Card title="操作人">
      <Typography.Paragraph type="secondary">
        每一次新增、修改、删除都会记入修改记录，并署上这里填写的姓名（未填写时为“{DEFAULT_OPERATOR_NAME}”）。
      </Typography.Paragraph>
      <Form layout="inline" onFinish={() => void save()}>
        <Form.Item label="操作人姓名" validateStatus={error ? 'error' : undefined} help={error}>
          <Space>
            <Input value={name} onChange={(event) => setName(event.target.value)} maxLength={20} aria-label="操作人姓名" />
            <Button type="primary" htmlType="submit">
              保存
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
