import type { ComplianceStatus } from '../../../shared/meetings/compliance';
import type { RemittanceState } from '../../../shared/dues/remittance';

/** How each status reads in the grid and tags: colours an inspector's paper table would use. */
export const STATUS_STYLE: Record<ComplianceStatus, { label: string; color: string; background: string }> = {
  met: { label: '已召开', color: '#237804', background: '#d9f7be' },
  late: { label: '补开', color: '#ad6800', background: '#fff1b8' },
  missing: { label: '未召开', color: '#a8071a', background: '#ffccc7' },
  pending: { label: '待召开', color: '#0958d9', background: '#e6f4ff' },
  notDue: { label: '—', color: 'rgba(0,0,0,0.25)', background: 'transparent' },
};

/**
 * How a quarter's remittance state is tagged, on the branch's 党费 and in the office's 各支部. Here
 * beside the other status colours, not in the remittance panel: 各支部's overview needs the tags,
 * not the panel's forms and date pickers, which would come with them in one chunk.
 */
export const STATE_TAGS: Record<RemittanceState, { color: string; label: string }> = {
  remitted: { color: 'green', label: '已上缴' },
  notDue: { color: 'default', label: '未到期' },
  dueSoon: { color: 'orange', label: '即将到期' },
  overdue: { color: 'red', label: '已逾期' },
};
