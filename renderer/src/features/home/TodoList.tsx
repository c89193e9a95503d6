import { CheckCircleOutlined } from '@ant-design/icons';
import { Card, List, Result, Skeleton, Tag } from 'antd';
import { navigate } from '../../core/navigation/hash-route';
import type { TodoItem } from '../../core/todo/todo-item';
import { useTodoItems } from '../../core/todo/todo-registry';

const SEVERITY_TAGS: Record<TodoItem['severity'], { color: string; label: string }> = {
  error: { color: 'red', label: '紧急' },
  warning: { color: 'orange', label: '提醒' },
  info: { color: 'blue', label: '提示' },
};

function TodoLink({ link }: { link: string }) {
  return (
    <a
      href={`#/${link}`}
      onClick={(event) => {
        event.preventDefault();
        navigate(link);
      }}
    >
      去处理
    </a>
  );
}

/** 待办: the warnings of every area as one list, each a link to the screen that deals with it. */
export function TodoList() {
  const items = useTodoItems();
  return (
    <Card title={`待办与提醒${items?.length ? `（${items.length}）` : ''}`}>
      {!items ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Result icon={<CheckCircleOutlined />} status="success" title="暂无待办事项" subTitle="支部建设和发展党员各项均符合规则。" />
      ) : (
        <section aria-label="待办事项">
          <List
            dataSource={items}
            renderItem={(item) => (
              <List.Item actions={[<TodoLink key="go" link={item.link} />]}>
                <List.Item.Meta
                  avatar={<Tag color={SEVERITY_TAGS[item.severity].color}>{SEVERITY_TAGS[item.severity].label}</Tag>}
                  title={item.area}
                  description={item.text}
                />
              </List.Item>
            )}
          />
        </section>
      )}
    </Card>
  );
}
