import { CheckCircleOutlined } from '@ant-design/icons';
import { Result, Skeleton } from 'antd';
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

/**
 * 待办: the warnings of every area as one list, each a link to the screen that deals with it.
 * Plain markup drawn as antd's Card, List and Tag (`.home-todo` in styles.css), as the welcome
 * card is: on a branch PC this list is part of the first screen, and antd's List brings
 * Pagination, Select, Grid and Spin, Card brings Tabs, and each makes its styles on first
 * use, all before 首页 is complete (docs/performance.md, round 7).
 */
export function TodoList() {
  const items = useTodoItems();
  return (
    <section className="home-card">
      <h4 className="home-card-head">{`待办与提醒${items?.length ? `（${items.length}）` : ''}`}</h4>
      <div className="home-card-body">
        {!items ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          <Result icon={<CheckCircleOutlined />} status="success" title="暂无待办事项" subTitle="支部建设和发展党员各项均符合规则。" />
        ) : (
          <section aria-label="待办事项">
            <ul className="home-todo">
              {items.map((item) => (
                <li key={item.key} className="home-todo-item">
                  <div className="home-todo-meta">
                    <div className="home-todo-tag">
                      <span className={`home-tag home-tag-${SEVERITY_TAGS[item.severity].color}`}>{SEVERITY_TAGS[item.severity].label}</span>
                    </div>
                    <div className="home-todo-content">
                      <h4 className="home-todo-area">{item.area}</h4>
                      <div className="home-todo-text">{item.text}</div>
                    </div>
                  </div>
                  <div className="home-todo-action">
                    <TodoLink link={item.link} />
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </section>
  );
}
