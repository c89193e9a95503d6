import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DOCUMENT_KIND_LABELS, type DocumentContent } from '../../../../shared/documents/document';

/** 成文日期, 文号, 标题 and 类别: how every list of documents opens, whatever its rows hold beside the document. */
export function documentColumns<Row extends object>(documentOf: (row: Row) => DocumentContent): ColumnsType<Row> {
  return [
    { title: '成文日期', render: (_, row) => documentOf(row).date, width: 110 },
    { title: '文号', render: (_, row) => documentOf(row).number || '—' },
    { title: '标题', render: (_, row) => documentOf(row).title },
    { title: '类别', render: (_, row) => <Tag>{DOCUMENT_KIND_LABELS[documentOf(row).kind]}</Tag> },
  ];
}
