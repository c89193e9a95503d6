import { Card, Progress, Typography } from 'antd';

/**
 * Shown instead of a table (or above one, 各支部's dues) whose figures are being made from the branches' records, a few
 * branches at a time (kept-figures.ts): at the office the first view after an import, of a new
 * period or (考核) of a new day reads years of every branch's records, seconds of work; the
 * screen says how far it is rather than spinning.
 */
export function FiguresProgress({ pending, of, what, note = '首次查看、导入报送包后需要计算一次，之后直接读取已算好的结果。' }: { pending: number; of: number; what: string; note?: string }) {
  const made = of - pending;
  return (
    <Card role="status" aria-busy="true" aria-label={`正在计算${what}`}>
      <Typography.Paragraph>
        正在根据记录计算{what}：已完成 {made} / {of} 个支部。
      </Typography.Paragraph>
      <Progress percent={Math.floor((made / of) * 100)} />
      <Typography.Text type="secondary">{note}</Typography.Text>
    </Card>
  );
}
