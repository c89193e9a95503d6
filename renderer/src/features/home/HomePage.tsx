import { Card, Descriptions, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { ROLE_LABELS } from '../../../../shared/setup/installation';
import { useInstallation } from '../../core/installation/use-installation';
import { AssessmentHomeCard } from '../assessment';
import { StorageWarning } from '../backup';
import { TodoList } from './TodoList';

export function HomePage() {
  const installation = useInstallation();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3}>欢迎，{installation.name}</Typography.Title>
        <Typography.Paragraph type="secondary">今天是 {dayjs().format('YYYY年M月D日 dddd')}。</Typography.Paragraph>
        <Descriptions column={3} size="small">
          <Descriptions.Item label="本机身份">{ROLE_LABELS[installation.role]}</Descriptions.Item>
          {installation.parentOrganizationName && (
            <Descriptions.Item label="所属党委">{installation.parentOrganizationName}</Descriptions.Item>
          )}
          <Descriptions.Item label="启用时间">{dayjs(installation.setupAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
        </Descriptions>
      </Card>
      {installation.role === 'branch' && <AssessmentHomeCard />}
      {/* A branch PC lists it among its to-dos; the central office PC has no to-do list. */}
      {installation.role === 'branch' ? <TodoList /> : <StorageWarning />}
    </Space>
  );
}
