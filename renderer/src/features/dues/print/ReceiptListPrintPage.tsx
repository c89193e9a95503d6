import { QUARTER_LABELS, type Quarter } from '../../../../../shared/dues/months';
import { remittanceDueDate } from '../../../../../shared/dues/remittance';
import type { BranchRecord } from '../../../../../shared/branch/branch';
import { navigate } from '../../../core/navigation/hash-route';
import { PrintToolbar } from '../../../shell/PrintToolbar';
import { useToday } from '../../../core/today';
import { useActiveRules } from '../../../core/rules/active-rules';
import { duesPath } from '../../../core/navigation/dues-routes';
import { useLedgerYear, type DuesLedgerData } from '../use-dues';
import { ReceiptListContent } from './ReceiptListContent';

interface ReceiptListPrintPageProps {
  branch: BranchRecord;
  ledger: DuesLedgerData;
  year: number;
  quarter: Quarter;
}

/** 党费收缴清单 for a quarter as an A4 page, with the toolbar that prints it. */
export function ReceiptListPrintPage({ branch, ledger, year, quarter }: ReceiptListPrintPageProps) {
  const today = useToday();
  const { ruleSet } = useActiveRules();
  const { rows, totals } = useLedgerYear(ledger, year);
  const remitted = ledger.records.remittances.find((r) => r.year === year && r.quarter === quarter);
  const title = `${year}年${QUARTER_LABELS[quarter]}党费收缴清单`;

  return (
    <div className="print-view">
      <PrintToolbar suggestedName={`${branch.name}${title}.pdf`} onBack={() => navigate(duesPath.tab('remittance'))} />
      <div className="print-sheet meeting-document">
        <ReceiptListContent branch={branch} year={year} quarter={quarter} rows={rows} total={totals[quarter]} remitted={remitted} dueDate={remittanceDueDate(year, quarter, ruleSet.rules.dues)} asOf={today} />
      </div>
    </div>
  );
}
