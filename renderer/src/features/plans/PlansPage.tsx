import { useInstallation } from '../../core/installation/use-installation';
import { BranchPlans } from './BranchPlans';
import { OfficePlans } from './OfficePlans';

/** 计划总结: the branch drafts, signs and sends its plans and summary; the central office sees every branch's and returns them. */
export function PlansPage() {
  return useInstallation().role === 'central' ? <OfficePlans /> : <BranchPlans />;
}
