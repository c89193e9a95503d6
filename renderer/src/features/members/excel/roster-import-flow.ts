import type { MemberRecord } from '../../../../../shared/members/member';
import { newId } from '../../../../../shared/records/base-record';
import {
  parseRosterRows,
  planRosterImport,
  type HeaderReport,
  type PartyGroupRef,
  type RosterImportPlan,
} from '../../../../../shared/roster/roster-import';
import type { MemberImport } from '../data/member-repository';
import { readUploadedRows } from '../../../shell/workbook';

export type RosterPreview =
  | { ok: true; fileName: string; plan: RosterImportPlan; notices: string[] }
  | { ok: false; fileName: string; problems: string[]; report?: HeaderReport };

/**
 * Reads a roster file and plans its import against the stored roster, writing nothing:
 * the preview is all the secretary sees until they confirm.
 */
export async function previewRosterFile(
  file: { name: string; bytes: Uint8Array },
  existing: readonly MemberRecord[],
  context: { partyGroups: readonly PartyGroupRef[]; today: string },
): Promise<RosterPreview> {
  const read = await readUploadedRows(file.bytes);
  if (!read.ok) return { ok: false, fileName: file.name, problems: [read.problem] };
  const { rows } = read;
  // Groups the sheet names and the branch lacks get an id now, so that the plan can refer to them.
  const parsed = parseRosterRows(rows, { ...context, newPartyGroupId: newId });
  if (parsed.headerErrors.length > 0) {
    return { ok: false, fileName: file.name, problems: parsed.headerErrors, ...(parsed.headerReport ? { report: parsed.headerReport } : {}) };
  }
  return { ok: true, fileName: file.name, plan: planRosterImport(parsed, existing), notices: parsed.notices };
}

/**
 * A plan's rows without errors, as the repository writes them; error rows are never part
 * of it. With `createGroups`, the groups the sheet names and the branch lacks are created
 * with it; without, the people in them are imported without a group.
 */
export function importBatchOf(plan: RosterImportPlan, createGroups = true): MemberImport {
  const proposed = new Set(plan.newPartyGroups.map((group) => group.id));
  const group = (id: string) => (createGroups || !proposed.has(id) ? id : '');
  return {
    adds: plan.adds.map((add) => ({ ...add.input, partyGroupId: group(add.input.partyGroupId) })),
    updates: plan.updates.map((update) => ({ id: update.existing.id, patch: { ...update.input, partyGroupId: group(update.input.partyGroupId) } })),
    newPartyGroups: createGroups ? plan.newPartyGroups.map((proposal) => ({ ...proposal, leaderId: '' })) : [],
  };
}

/** Whether confirming may write: a sheet with errors writes only when the user chose to skip them. */
export function canConfirmImport(plan: RosterImportPlan, skipErrorRows: boolean): boolean {
  const writes = plan.adds.length + plan.updates.length;
  return writes > 0 && (plan.errorRows.length === 0 || skipErrorRows);
}
