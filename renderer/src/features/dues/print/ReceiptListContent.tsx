import { yuanAmount } from '../../../../../shared/dues/dues-amount';
import { isOwedHere, type DuesLedgerMonth } from '../../../../../shared/dues/dues-ledger';
import { PAYMENT_METHOD_LABELS, type DuesRemittanceRecord } from '../../../../../shared/dues/dues-types';
import { monthsOfQuarter, QUARTER_LABELS, type Quarter } from '../../../../../shared/dues/months';
import type { QuarterTotals } from '../../../../../shared/dues/remittance';
import type { BranchRecord } from '../../../../../shared/branch/branch';
import { SignatureLine } from '../../../shell/print-document';

/** A member's line of the year: the months of the ledger, by member. */
export interface ReceiptRow {
  input: { memberId: string };
  name: string;
  lines: readonly DuesLedgerMonth[];
}

export interface ReceiptListContentProps {
  branch: Pick<BranchRecord, 'name' | 'parentOrganizationName'>;
  year: number;
  quarter: Quarter;
  /** Every member's line of the year; those owing nothing here in the quarter are left out. */
  rows: readonly ReceiptRow[];
  total: QuarterTotals;
  remitted: DuesRemittanceRecord | undefined;
  /** 上缴期限 under the rule set in force. */
  dueDate: string;
  /** The day the list stands at. */
  asOf: string;
}

/**
 * 党费收缴清单 for a quarter: every member's months, what was paid when and how, and a column
 * to sign. The dues area's print page and the year's 台账 binder both draw it.
 */
export function ReceiptListContent({ branch, year, quarter, rows, total, remitted, dueDate, asOf }: ReceiptListContentProps) {
  const months = monthsOfQuarter(quarter);
  const owing = rows.filter((row) => months.some((month) => isOwedHere(row.lines[month - 1]!.status)));
  const title = `${year}年${QUARTER_LABELS[quarter]}党费收缴清单`;
  return (
    <>
      <h1 className="ledger-title">
        {branch.name}
        <br />
        {title}
      </h1>
      <p className="ledger-subtitle">
        {branch.parentOrganizationName} · 共 {owing.length} 人 · 应收 {yuanAmount(total.dueFen)} 元 · 实收 {yuanAmount(total.paidFen)} 元 · 截至 {asOf}
      </p>
      <table className="ledger-summary dues-receipts">
        <thead>
          <tr>
            <th rowSpan={2}>序号</th>
            <th rowSpan={2}>姓名</th>
            {months.map((month) => (
              <th key={month} colSpan={2}>
                {month}月
              </th>
            ))}
            <th rowSpan={2}>季度实交</th>
            <th rowSpan={2}>本人签字</th>
          </tr>
          <tr>
            {months.map((month) => [<th key={`${month}-d`}>应交</th>, <th key={`${month}-p`}>实交（日期·方式）</th>])}
          </tr>
        </thead>
        <tbody>
          {owing.map((row, index) => {
            const lines = months.map((month) => row.lines[month - 1]!);
            return (
              <tr key={row.input.memberId}>
                <td>{index + 1}</td>
                <td>{row.name}</td>
                {lines.map((line) => [
                  <td key={`${line.key}-d`}>{!isOwedHere(line.status) ? '—' : line.dueFen === null ? '未核定' : yuanAmount(line.dueFen)}</td>,
                  <td key={`${line.key}-p`}>
                    {line.entry && line.paidFen > 0
                      ? `${yuanAmount(line.paidFen)}（${line.entry.opening ? '期初' : `${line.entry.paidOn.slice(5)}·${PAYMENT_METHOD_LABELS[line.entry.method]}${line.entry.advance ? '·预交' : ''}`}）`
                      : ''}
                  </td>,
                ])}
                <td>{yuanAmount(lines.reduce((sum, line) => sum + line.paidFen, 0))}</td>
                <td className="dues-signature" />
              </tr>
            );
          })}
          <tr>
            <th colSpan={2}>合计</th>
            {months.map((month) => {
              const lines = owing.map((row) => row.lines[month - 1]!);
              return [
                <td key={`${month}-d`}>{yuanAmount(lines.reduce((sum, line) => sum + (line.dueFen ?? 0), 0))}</td>,
                <td key={`${month}-p`}>{yuanAmount(lines.reduce((sum, line) => sum + line.paidFen, 0))}</td>,
              ];
            })}
            <td>{yuanAmount(total.paidFen)}</td>
            <td />
          </tr>
        </tbody>
      </table>
      <p>
        上缴期限：{dueDate} 前。
        {remitted ? `已于 ${remitted.remittedOn} 上缴 ${yuanAmount(remitted.amountFen)} 元${remitted.receiptRef ? `（${remitted.receiptRef}）` : ''}。` : '尚未上缴。'}
      </p>
      <SignatureLine parts={['收款人（签字）：', '支部书记（签字）：', '日期：']} />
    </>
  );
}
