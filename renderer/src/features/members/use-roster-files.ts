import { App } from 'antd';
import { useState } from 'react';
import { COMMITTEE_ROLE_LABELS, type PartyGroup } from '../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../shared/members/member';
import type { RosterImportPlan } from '../../../../shared/roster/roster-import';
import { getPlatform } from '../../platform';
import { memberRepository } from './data/member-repository';
import { importBatchOf, previewRosterFile, type RosterPreview } from './excel/roster-import-flow';
import { exportPipeline, exportRoster, rosterTemplate } from './excel/roster-workbooks';
import { XLSX_FILTER } from '../../shell/workbook';

interface RosterFilesContext {
  branchId: string;
  branchName: string;
  members: readonly MemberRecord[];
  partyGroups: readonly PartyGroup[];
  today: string;
}

/** The 党员 screen's Excel actions: template, exports, and the two-step import (preview, then confirm). */
export function useRosterFiles({ branchId, branchName, members, partyGroups, today }: RosterFilesContext) {
  const { message } = App.useApp();
  const [preview, setPreview] = useState<RosterPreview>();
  const [busy, setBusy] = useState(false);

  async function run(task: () => Promise<void>) {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function save(fileName: string, bytes: Uint8Array, title: string) {
    const saved = await getPlatform().saveFile(fileName, bytes, { title });
    if (saved) message.success(`已保存到 ${saved.location}`);
  }

  return {
    busy,
    preview,
    closePreview: () => setPreview(undefined),
    downloadTemplate: () => run(async () => save('党员名册导入模板.xlsx', await rosterTemplate(partyGroups), '保存导入模板')),
    exportRoster: () =>
      run(async () => save(`${branchName}党员名册_${today}.xlsx`, await exportRoster(members, partyGroups), '导出党员名册')),
    exportPipeline: () =>
      run(async () => save(`${branchName}发展党员台账_${today}.xlsx`, await exportPipeline(members, partyGroups), '导出发展党员台账')),
    pickAndPreview: () =>
      run(async () => {
        const file = await getPlatform().openFile({ title: '选择党员名册 Excel 文件', filters: XLSX_FILTER });
        if (file) setPreview(await previewRosterFile(file, members, { partyGroups, today }));
      }),
    /** The names of the committee seats the import linked to members (typed at setup). */
    confirmImport: async (plan: RosterImportPlan, createGroups: boolean): Promise<string[]> => {
      const { linkedSeats } = await memberRepository.importMany(branchId, importBatchOf(plan, createGroups));
      return linkedSeats.map((seat) => `${COMMITTEE_ROLE_LABELS[seat.role]}${seat.name ?? ''}`);
    },
  };
}
