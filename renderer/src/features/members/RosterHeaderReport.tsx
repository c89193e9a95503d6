import { Button, Descriptions, Tag, Typography } from 'antd';
import type { HeaderReport } from '../../../../shared/roster/roster-recognition';

const HOW_LABELS = { header: '按列名', values: '按内容', both: '按列名和内容' } as const;

interface RosterHeaderReportProps {
  report: HeaderReport;
  onDownloadTemplate: () => void;
  templateLabel: string;
  /** What the template explains, beside its button. */
  templateNote: string;
}

/**
 * What the import saw in a sheet it could not read (a roster, the year so far): the columns it understood
 * (and how), those it did not, and for each missing column the names that would work,
 * with the template one click away. A sheet is never refused without this.
 */
export function RosterHeaderReport({ report, onDownloadTemplate, templateLabel, templateNote }: RosterHeaderReportProps) {
  return (
    <Descriptions column={1} size="small" bordered style={{ marginTop: 12 }} aria-label="表头识别结果">
      <Descriptions.Item label="已识别的列">
        {report.recognised.length === 0
          ? '（无）'
          : report.recognised.map((column) => (
              <Tag key={column.text} color="green" title={HOW_LABELS[column.how]}>
                {column.text === column.header ? column.header : `${column.text} → ${column.header}`}
              </Tag>
            ))}
      </Descriptions.Item>
      <Descriptions.Item label="未识别的列">
        {report.unknown.length === 0 ? '（无）' : report.unknown.map((text) => <Tag key={text}>{text}</Tag>)}
      </Descriptions.Item>
      {report.missing.map((missing) => (
        <Descriptions.Item key={missing.header} label={`缺少“${missing.header}”`}>
          <Typography.Text>把相应的列名改成以下任一名称即可：{missing.accepted.join('、')}</Typography.Text>
        </Descriptions.Item>
      ))}
      <Descriptions.Item label="导入模板">
        <Button size="small" onClick={onDownloadTemplate}>
          {templateLabel}
        </Button>
        <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
          {templateNote}
        </Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}
