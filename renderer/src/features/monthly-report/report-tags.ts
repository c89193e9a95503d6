import type { ReportReview, ReportTimeliness } from '../../../../shared/statistics/monthly-report';

/** Tag colours of a report's standing: green sent on time, orange late, red overdue; grey not yet due. */
export const TIMELINESS_COLORS: Record<ReportTimeliness, string> = { onTime: 'green', late: 'orange', notDue: 'default', overdue: 'red' };

export const REVIEW_COLORS: Record<ReportReview, string> = { awaiting: 'blue', approved: 'green', returned: 'volcano', resubmitted: 'blue' };
