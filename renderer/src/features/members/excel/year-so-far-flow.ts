import type { MemberRecord } from '../../../../../shared/members/member';
import { parseYearSoFarRows, planYearSoFar, YEAR_SO_FAR_COLUMNS, type YearSoFarPlan, type YearSoFarStored } from '../../../../../shared/roster/year-so-far-import';
import type { HeaderReport } from '../../../../../shared/roster/roster-recognition';
import { readUploadedRows, writeWorkbook } from '../../../shell/workbook';

export type YearSoFarPreview =
  | { ok: true; fileName: string; year: number; plan: YearSoFarPlan; notices: string[] }
  | { ok: false; fileName: string; problems: string[]; report?: HeaderReport };

/** Reads a year-so-far sheet and plans it against what is stored, writing nothing. */
export async function previewYearSoFarFile(
  file: { name: string; bytes: Uint8Array },
  context: { year: number; today: string; members: readonly MemberRecord[]; stored: () => Promise<YearSoFarStored> },
): Promise<YearSoFarPreview> {
  const read = await readUploadedRows(file.bytes);
  if (!read.ok) return { ok: false, fileName: file.name, problems: [read.problem] };
  const { rows } = read;
  const parsed = parseYearSoFarRows(rows, context);
  if (parsed.headerErrors.length > 0) {
    return { ok: false, fileName: file.name, problems: parsed.headerErrors, ...(parsed.headerReport ? { report: parsed.headerReport } : {}) };
  }
  return { ok: true, fileName: file.name, year: context.year, plan: planYearSoFar(parsed, context.year, await context.stored()), notices: parsed.notices };
}

/** The plan without its error rows' writes (they have none): what 确认导入 stores. */
export function yearSoFarImportOf(preview: Extract<YearSoFarPreview, { ok: true }>) {
  return { year: preview.year, openingHours: preview.plan.openingHours, duesWrites: preview.plan.duesWrites };
}

/** The sheet to fill in: the branch's people with their ID numbers (as text) and the year's columns left blank. */
export function yearSoFarTemplate(members: readonly MemberRecord[]): Promise<Uint8Array> {
  // The hint in brackets is read past on import (normalizeHeader), so the header explains itself.
  const hints: Record<string, string> = { duesPaidThrough: '（月，如 6）', duesPaidFen: '（元）' };
  const header = ['序号', ...YEAR_SO_FAR_COLUMNS.map((column) => column.header + (hints[column.field] ?? ''))];
  return writeWorkbook([
    {
      name: '本年学时和党费',
      header,
      rows: members.map((member, index) => [index + 1, member.name, member.idNumber, null, null, null]),
      columnWidths: [6, 10, 21, 10, 12, 14],
      textColumns: [2],
      preparedRows: members.length + 20,
    },
  ]);
}
