/**
 * 备份与存储: this area's hooks that other areas' hooks and 首页's to-do list (app/todo-sources.ts) use.
 * Hooks and data only, never a screen (a test follows every chain of imports from here), so
 * that loading them does not load the area's screens (docs/architecture.md, docs/performance.md round 7).
 */
export { useStorageTodoItems } from './use-storage-todo-items';
export { useStorageWarning } from './use-storage-warning';
export { StartupTasks } from './use-startup-tasks';
