import type { MemberRecord } from '../../../../../shared/members/member';
import { parseRosterRows, planRosterImport, type PartyGroupRef, type RosterImportPlan } from '../../../../../shared/roster/roster-import';
import type { MemberImport } from '../data/member-repository';
import { readWorkbookRows, WorkbookReadError } from './workbook';

export type RosterPreview =
  | { ok: true; fileName: string; plan: RosterImportPlan; notices: string[] }
  | { ok: false; fileName: string; problems: string[] };

/**
 * Reads a roster file and plans its import against the stored roster, writing nothing:
 * the preview is all the secretary sees until they confirm.
 */
export async function previewRosterFile(
  file: { name: string; bytes: Uint8Array },
  existing: readonly MemberRecord[],
  context: { partyGroups: readonly PartyGroupRef[]; today: string },
): Promise<RosterPreview> {
  let rows;
  try {
    rows = await readWorkbookRows(file.bytes);
  } catch (error) {
    if (error instanceof WorkbookReadError) return { ok: false, fileName: file.name, problems: [error.message] };
    throw error;
  }
  const parsed = parseRosterRows(rows, context);
  if (parsed.headerErrors.length > 0) return { ok: false, fileName: file.name, problems: parsed.headerErrors };
  return { ok: true, fileName: file.name, plan: planRosterImport(parsed, existing), notices: parsed.notices };
}

/** A plan's rows without errors, as the repository writes them; error rows are never part of it. */
export function importBatchOf(plan: RosterImportPlan): MemberImport {
  return {
    adds: plan.adds.map((add) => add.input),
    updates: plan.updates.map((update) => ({ id: update.existing.id, patch: update.input })),
  };
}

/** Whether confirming may write: a sheet with errors writes only when the user chose to skip them. */
export function canConfirmImport(plan: RosterImportPlan, skipErrorRows: boolean): boolean {
  const writes = plan.adds.length + plan.updates.length;
  return writes > 0 && (plan.errorRows.length === 0 || skipErrorRows);
}
