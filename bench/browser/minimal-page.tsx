import { Table } from 'antd';
import { createRoot } from 'react-dom/client';

/**
 * The cold-start baseline: React and antd rendering one table, nothing else (no database,
 * no routes). The app's cold start is compared with this page's in the same run.
 */
const rows = Array.from({ length: 20 }, (_, index) => ({ key: index, name: `党员${index + 1}`, branch: '内科第一党支部' }));

createRoot(document.getElementById('root')!).render(
  <Table
    pagination={false}
    dataSource={rows}
    columns={[
      { title: '姓名', dataIndex: 'name' },
      { title: '支部', dataIndex: 'branch' },
    ]}
  />,
);
