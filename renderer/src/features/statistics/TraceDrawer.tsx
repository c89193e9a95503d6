import { Drawer, Table, Typography } from 'antd';
import type { TraceList } from './trace-rows';

export interface TraceRequest {
  title: string;
  /** What the number says, e.g. 12 or 35.0%. */
  shown: string;
  list: TraceList;
}

/** The people, meetings or branches behind a number of a statistics table. */
export function TraceDrawer({ request, onClose }: { request: TraceRequest | null; onClose: () => void }) {
  return (
    <Drawer open={request !== null} onClose={onClose} width={720} title={request?.title} destroyOnHidden>
      {request && (
        <>
          <Typography.Paragraph>
            表中数字：<strong>{request.shown}</strong>；以下是这个数字所依据的 {request.list.rows.length} 条记录。
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey="key"
            pagination={request.list.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            dataSource={request.list.rows}
            columns={request.list.headers.map((header, index) => ({ title: header, key: header, render: (_: unknown, row: TraceList['rows'][number]) => row.cells[index] }))}
            locale={{ emptyText: '没有记录' }}
          />
        </>
      )}
    </Drawer>
  );
}
