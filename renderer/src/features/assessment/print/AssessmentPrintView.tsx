import { assessmentPeriodLabel } from '../../../../../shared/assessment/points';
import type { AssessmentScheme } from '../../../../../shared/assessment/scheme-types';
import { PrintToolbar } from '../../../shell/PrintToolbar';
import { PrintHeading } from './PrintHeading';
import type { PeriodSheet } from '../data/period-sheet';
import { itemSheets, RANKING_HEADER, rankingRows } from '../excel/assessment-workbook';
import { SignatureLine } from '../../../shell/print-document';

/** The workbook's sheets as printed tables: the same rows, so paper and Excel never disagree. */
function PrintTable({ header, rows }: { header: readonly string[]; rows: ReadonlyArray<ReadonlyArray<unknown>> }) {
  return (
    <table className="assessment-print-table">
      <thead>
        <tr>
          {header.map((title) => (
            <th key={title}>{title}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, column) => (
              <td key={column}>{cell === null || cell === undefined ? '' : String(cell)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * 考核结果 on A4 landscape for the central office: the period's ranking (流动红旗 or 星级) and
 * the branch × item sheet, with the scheme and the date, and lines to sign.
 */
export function AssessmentPrintView({ sheet, scheme, organisation, today, onBack }: { sheet: PeriodSheet; scheme: AssessmentScheme; organisation: string; today: string; onBack: () => void }) {
  const title = `${assessmentPeriodLabel(sheet.period)}党支部考核结果`;
  const [scores] = itemSheets(sheet, scheme);
  return (
    <div className="print-view">
      <PrintToolbar suggestedName={`${organisation}${title}.pdf`} onBack={onBack} landscape />
      <div className="print-sheet print-landscape meeting-document">
        <PrintHeading organisation={organisation} title={title}>
          {scheme.name}（第 {scheme.version} 版）· 共 {sheet.ranking.length} 个支部 · 截至 {today}
        </PrintHeading>
        <PrintTable header={RANKING_HEADER} rows={rankingRows(sheet, scheme)} />
        <h2 style={{ fontSize: 16 }}>各项得分</h2>
        <PrintTable header={scores!.header} rows={scores!.rows} />
        <SignatureLine parts={['制表：', '审核：', '院党委组织科（盖章）']} />
      </div>
    </div>
  );
}
