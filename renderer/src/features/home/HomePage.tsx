import { Card, Descriptions, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useEffect } from 'react';
import { ROLE_LABELS } from '../../../../shared/setup/installation';
import { useInstallation } from '../../core/installation/use-installation';
import { loadTodoSources } from '../../core/todo/todo-registry';

/*
 * The welcome card is the first screen; what sits below it loads its code after it, so a
 * cold start parses the shell and this card alone (docs/performance.md, cold start).
 */
const AssessmentHomeCard = lazy(() => import('../assessment').then((module) => ({ default: module.AssessmentHomeCard })));
const StorageWarning = lazy(() => import('../backup').then((module) => ({ default: module.StorageWarning })));
const TodoList = lazy(async () => {
  // Both at once: the areas' sources and the list's own code are separate chunks.
  const [, module] = await Promise.all([loadTodoSources(), import('./TodoList')]);
  return { default: module.TodoList };
});

export function HomePage() {
  const installation = useInstallation();
  // For the benchmark's cold-start breakdown: the welcome card committed.
  useEffect(() => {
    performance.mark('app:home-shown');
  }, []);
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
      <Suspense fallback={null}>{installation.role === 'branch' && <AssessmentHomeCard />}</Suspense>
      {/* A branch PC lists it among its to-dos; the central office PC has no to-do list. */}
      <Suspense
        fallback={
          installation.role === 'branch' && (
            <Card title="待办与提醒">
              <Skeleton active />
            </Card>
          )
        }
      >
        {installation.role === 'branch' ? <TodoList /> : <StorageWarning />}
      </Suspense>
    </Space>
  );
}
