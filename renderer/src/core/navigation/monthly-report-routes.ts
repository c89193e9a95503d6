/** The 组织生活月报 area's hash route: a month to open on (YYYY-MM), else last month. */
export function monthlyReportPath(month?: string): string {
  return month ? `monthly-report?month=${month}` : 'monthly-report';
}
