import { Form, Input } from 'antd';
import { PASSPHRASE_MIN_LENGTH } from './data/keys-repository';

export interface PassphraseValues {
  passphrase: string;
  repeat: string;
}

/** The backup passphrase, typed twice: a typo here would make the backup unusable. */
export function PassphraseFields() {
  return (
    <>
      <Form.Item
        name="passphrase"
        label="密钥备份口令"
        extra={`至少 ${PASSPHRASE_MIN_LENGTH} 个字符。密钥备份文件用它加密，恢复密钥时需要；请另行妥善保管。`}
        rules={[{ required: true, message: '请设置备份口令。' }, { min: PASSPHRASE_MIN_LENGTH, message: `备份口令至少 ${PASSPHRASE_MIN_LENGTH} 个字符。` }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label="再次输入口令"
        dependencies={['passphrase']}
        rules={[
          { required: true, message: '请再次输入备份口令。' },
          ({ getFieldValue }) => ({
            validator: (_, value) => (value === getFieldValue('passphrase') ? Promise.resolve() : Promise.reject(new Error('两次输入的口令不一致。'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
