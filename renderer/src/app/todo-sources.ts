import type { TodoSource } from '../core/todo/todo-registry';
import { useStorageTodoItems } from '../features/backup/hooks';
import { useBranchTodoItems } from '../features/branch/hooks';
import { useDuesTodoItems } from '../features/dues/hooks';
import { useMeetingTodoItems } from '../features/meetings/hooks';
import { useArrivalTodoItems, useDevelopmentTodoItems } from '../features/members/hooks';
import { useMonthlyReportTodoItems } from '../features/monthly-report/hooks';
import { usePlanTodoItems } from '../features/plans/hooks';
import { useStudyTodoItems } from '../features/study/hooks';
import { useTalkTodoItems } from '../features/talks/hooks';

/**
 * 首页's to-do list, area by area: each feature offers its items as a hook and the app
 * hands them to core/todo's registry (App.tsx loads this module when a to-do list is first
 * shown), so that 首页 imports no feature. Within one severity the list keeps this order.
 */
export const TODO_SOURCES: readonly TodoSource[] = [useStorageTodoItems, useBranchTodoItems, useArrivalTodoItems, useDevelopmentTodoItems, useMeetingTodoItems, useTalkTodoItems, useDuesTodoItems, useStudyTodoItems, useMonthlyReportTodoItems, usePlanTodoItems];
