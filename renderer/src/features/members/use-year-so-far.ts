import { useState } from 'react';
import type { MemberRecord } from '../../../../shared/members/member';
import { useActiveRules } from '../../core/rules/active-rules';
import { getPlatform } from '../../platform';
import { useBusyAction } from '../../shell/use-busy-action';
import { XLSX_FILTER } from '../../shell/workbook';
import { yearSoFarRepository } from './data/year-so-far-repository';
import { previewYearSoFarFile, yearSoFarImportOf, yearSoFarTemplate, type YearSoFarPreview } from './excel/year-so-far-flow';

interface YearSoFarContext {
  branchId: string;
  /** The people on the roster now. */
  members: readonly MemberRecord[];
  today: string;
}

/** 导入本年学时和党费: the fill-in sheet, and the two-step import (preview, then confirm) of the year so far. */
export function useYearSoFar({ branchId, members, today }: YearSoFarContext) {
  const { ruleSet } = useActiveRules();
  const { busy, run } = useBusyAction();
  const [preview, setPreview] = useState<YearSoFarPreview>();
  const year = Number(today.slice(0, 4));

  return {
    busy,
    preview,
    closePreview: () => setPreview(undefined),
    downloadTemplate: () =>
      run(async () => {
        const saved = await getPlatform().saveFile(`${year}年学时和党费填写表.xlsx`, await yearSoFarTemplate(members), { title: '保存填写表' });
        return saved ? `已保存到 ${saved.location}` : undefined;
      }),
    pickAndPreview: () =>
      run(async () => {
        const file = await getPlatform().openFile({ title: `选择${year}年学时和党费 Excel 文件`, filters: XLSX_FILTER });
        if (!file) return;
        const stored = () => yearSoFarRepository.stored(branchId, year, members, ruleSet.rules.dues);
        setPreview(await previewYearSoFarFile(file, { year, today, members, stored }));
      }),
    confirm: (shown: Extract<YearSoFarPreview, { ok: true }>) => yearSoFarRepository.importYearSoFar(branchId, yearSoFarImportOf(shown)),
  };
}
