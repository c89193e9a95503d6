import type { WarningSeverity } from '../../../../shared/branch/branch-warnings';

/** One line of 首页's to-do list; each area's hook produces its own. */
export interface TodoItem {
  key: string;
  severity: WarningSeverity;
  /** Which area it concerns, e.g. 支部建设, 发展党员, 三会一课. */
  area: string;
  text: string;
  /** The route that deals with it. */
  link: string;
}
