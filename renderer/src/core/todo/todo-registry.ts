import { useMemo } from 'react';
import type { WarningSeverity } from '../../../../shared/branch/branch-warnings';
import type { TodoItem } from './todo-item';

/** A hook that lists one area's to-do items, or undefined while its data loads. */
export type TodoSource = () => TodoItem[] | undefined;

const SEVERITY_ORDER: Record<WarningSeverity, number> = { error: 0, warning: 1, info: 2 };

const sources: TodoSource[] = [];

/**
 * Adds an area's to-do items to 首页's list. Called once per source at startup
 * (app/todo-sources.ts), before the first render: sources are hooks, so the list must not
 * change while the app runs. 首页 then lists every area without importing any of them.
 */
export function registerTodoSource(source: TodoSource): void {
  if (!sources.includes(source)) sources.push(source);
}

/** Everything the branch should act on, most serious first (registration order within a severity); undefined while any source loads. */
export function useTodoItems(): TodoItem[] | undefined {
  // The same hooks in the same order on every render: the list is fixed at startup.
  const lists = sources.map((useSource) => useSource());
  return useMemo(
    () => (lists.some((list) => !list) ? undefined : lists.flatMap((list) => list!).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])),
    lists,
  );
}
