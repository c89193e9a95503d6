import { planTitle, type PlanContent } from '../../../../shared/plans/plan';
import { PrintToolbar } from '../../shell/PrintToolbar';
import { PlanContentView } from './PlanContentView';

/** A plan or summary on A4 portrait, shown in place of the page so nothing else prints. */
export function PlanPrintView({ branchName, plan, onBack }: { branchName: string; plan: PlanContent; onBack: () => void }) {
  const title = planTitle(plan.year, plan.kind);
  return (
    <div className="print-view">
      <PrintToolbar suggestedName={`${branchName}${title}.pdf`} onBack={onBack} />
      <div className="print-sheet meeting-document" aria-label={title}>
        <PlanContentView branchName={branchName} plan={plan} />
      </div>
    </div>
  );
}
