import type { ComplianceStatus } from '../../../shared/meetings/compliance';

/** How each status reads in the grid and tags: colours an inspector's paper table would use. */
export const STATUS_STYLE: Record<ComplianceStatus, { label: string; color: string; background: string }> = {
  met: { label: '已召开', color: '#237804', background: '#d9f7be' },
  late: { label: '补开', color: '#ad6800', background: '#fff1b8' },
  missing: { label: '未召开', color: '#a8071a', background: '#ffccc7' },
  pending: { label: '待召开', color: '#0958d9', background: '#e6f4ff' },
  notDue: { label: '—', color: 'rgba(0,0,0,0.25)', background: 'transparent' },
};
