import { Alert, Card, Descriptions, Progress, Skeleton, Space } from 'antd';
import { useEffect } from 'react';
import { formatBytes } from '../../../../shared/storage/storage-space';
import { useStorageStatus, type Persistence } from './storage-status';

const PERSISTENCE_TEXT: Record<Persistence, string> = {
  granted: '已启用：浏览器不会在磁盘紧张时自动清除本程序的数据。',
  denied: '未获准：磁盘空间很紧张时，浏览器可能清除本程序的数据。请保持每日自动备份，并定期把备份另存到 U 盘。',
  'no-answer': '浏览器没有答复（可能以无界面方式运行）：请保持每日自动备份，并定期把备份另存到 U 盘。',
  unsupported: '此浏览器不支持：请保持每日自动备份，并定期把备份另存到 U 盘。',
};

/** The storage warning, where one is due: 设置 and 首页 show the same words. */
export function StorageWarning() {
  const warning = useStorageStatus((state) => state.warning);
  return warning ? <Alert type="error" showIcon message="磁盘空间不足" description={warning} role="alert" /> : null;
}

/** 设置 → 存储空间: whether the data is kept persistently, the space used and left. */
export function StorageCard() {
  const { persistence, space, check } = useStorageStatus();
  useEffect(() => {
    void check();
  }, [check]);

  return (
    <Card title="存储空间">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <StorageWarning />
        {persistence === undefined ? (
          <Skeleton active paragraph={false} />
        ) : (
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="持久存储">{PERSISTENCE_TEXT[persistence]}</Descriptions.Item>
            <Descriptions.Item label="已用空间">
              {space ? (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <span>
                    已用 {formatBytes(space.usage)}，可用上限 {formatBytes(space.quota)}，剩余约 {formatBytes(space.free)}
                  </span>
                  <Progress percent={Math.round(space.usedShare * 1000) / 10} status={space.low ? 'exception' : 'normal'} aria-label="已用空间比例" />
                </Space>
              ) : (
                '浏览器未提供存储用量。'
              )}
            </Descriptions.Item>
          </Descriptions>
        )}
      </Space>
    </Card>
  );
}
