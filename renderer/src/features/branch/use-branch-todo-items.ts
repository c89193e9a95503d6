import { useMemo } from 'react';
import { branchWarnings } from '../../../../shared/branch/branch-warnings';
import { branchPath } from '../../core/navigation/area-routes';
import { useActiveRules } from '../../core/rules/active-rules';
import { useToday } from '../../core/today';
import type { TodoItem } from '../../core/todo/todo-item';
import { useMembers } from '../members/hooks';
import { useOwnBranch } from './use-branch';

/** 首页's 支部建设 items: what the branch's organisation lacks (committee, term, party groups…); undefined while loading. */
export function useBranchTodoItems(): TodoItem[] | undefined {
  const branch = useOwnBranch();
  const members = useMembers();
  const { ruleSet } = useActiveRules();
  const today = useToday();
  return useMemo(
    () =>
      branch && members
        ? branchWarnings(branch, members, ruleSet, today).map((warning): TodoItem => ({
            key: `branch-${warning.code}`,
            severity: warning.severity,
            area: '支部建设',
            text: warning.message,
            link: branchPath(),
          }))
        : undefined,
    [branch, members, ruleSet, today],
  );
}
