import { useMemo } from 'react';
import type { WarningSeverity } from '../../../../shared/branch/branch-warnings';
import type { TodoItem } from './todo-item';

/** A hook that lists one area's to-do items, or undefined while its data loads. */
export type TodoSource = () => TodoItem[] | undefined;

const SEVERITY_ORDER: Record<WarningSeverity, number> = { error: 0, warning: 1, info: 2 };

const sources: TodoSource[] = [];
let loader: (() => Promise<readonly TodoSource[]>) | undefined;
let loaded: Promise<void> | undefined;

/**
 * Adds an area's to-do items to 首页's list. Sources are hooks, so the list must not change
 * once a list has rendered: they are registered before (app/todo-sources.ts, through
 * setTodoSourceLoader). 首页 then lists every area without importing any of them.
 */
export function registerTodoSource(source: TodoSource): void {
  if (!sources.includes(source)) sources.push(source);
}

/**
 * How the sources are loaded: the app passes a dynamic import, so the areas' code behind
 * them (every feature's data and hooks) is not part of the first screen's script; it loads
 * when a to-do list is first shown (a branch PC's 首页), see loadTodoSources.
 */
export function setTodoSourceLoader(load: () => Promise<readonly TodoSource[]>): void {
  loader = load;
}

/** Registers the sources once (the to-do list awaits this before its first render). */
export function loadTodoSources(): Promise<void> {
  loaded ??= (loader?.() ?? Promise.resolve([])).then((list) => list.forEach(registerTodoSource));
  return loaded;
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
