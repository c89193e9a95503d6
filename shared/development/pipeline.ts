/**
 * The development pipeline (入党申请人 → 积极分子 → 发展对象 → 预备党员 → 正式党员) against
 * the rule set and the working-day calendar. Split by concern; import from here.
 */
export { nextStepFor, nextStageOf, type NextStep } from './next-step';
export { checkAdvance, type AdvanceCheck } from './check-advance';
export { advanceStage } from './advance-stage';
export { upcomingDeadlines, type UpcomingDeadline } from './deadlines';
