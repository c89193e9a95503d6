import { Button, Space } from 'antd';

/** The footer of an editing drawer: save (busy while it writes) and cancel. */
export function SaveCancelButtons({ label, saving, onSave, onCancel }: { label: string; saving: boolean; onSave: () => void; onCancel: () => void }) {
  return (
    <Space>
      <Button type="primary" loading={saving} onClick={onSave}>
        {label}
      </Button>
      <Button onClick={onCancel}>取消</Button>
    </Space>
  );
}
