/**
 * 考核: this area's hooks that other areas use. Hooks and data only, never a screen (a test follows
 * every chain of imports from here): 首页 reads a branch's published results through it and loads
 * the card that shows them (the area's index.ts, with antd's Card) only when there is one
 * (docs/architecture.md, docs/performance.md round 8).
 */
export { usePublishedResults } from './use-published-results';
