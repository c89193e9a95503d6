import { Card, Descriptions, Skeleton, Space } from 'antd';
import { useEffect, useState } from 'react';
import { ROLE_LABELS } from '../../../../shared/setup/installation';
import { getPlatform, type PlatformInfo } from '../../platform';
import { useInstallation } from '../../core/installation/use-installation';
import { BackupCard, StorageCard } from '../backup';
import { OperatorNameCard } from './OperatorNameCard';
import { AppLockCard } from './AppLockCard';

const MODE_LABELS: Record<PlatformInfo['mode'], string> = { desktop: '桌面版', browser: '浏览器模式（演示与测试）' };

export function SettingsPage() {
  const installation = useInstallation();
  const [info, setInfo] = useState<PlatformInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    getPlatform().info().then(setInfo, (error: Error) => setFailure(error.message));
  }, []);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <OperatorNameCard />
      <Card title="本机信息">
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label="本机身份">{ROLE_LABELS[installation.role]}</Descriptions.Item>
          <Descriptions.Item label="名称">{installation.name}</Descriptions.Item>
          {info ? (
            <>
              <Descriptions.Item label="运行方式">{MODE_LABELS[info.mode]}</Descriptions.Item>
              <Descriptions.Item label="版本">{info.version}</Descriptions.Item>
              <Descriptions.Item label="数据保存位置">{info.dataLocation}</Descriptions.Item>
              <Descriptions.Item label="运行环境">{info.runtime}</Descriptions.Item>
            </>
          ) : (
            <Descriptions.Item label="程序信息">{failure ?? <Skeleton active paragraph={false} />}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <AppLockCard />
      <BackupCard />
      <StorageCard />
    </Space>
  );
}
