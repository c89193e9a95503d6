import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { numberBinder, pagesForHeight, type BinderNumbering } from '../../../../shared/binder/binder-outline';
import type { RuleGroups } from '../../../../shared/rules/rule-types';
import { binderRecordsOf, type BinderRecords } from './data';
import { binderBlocks, type BlockSpec } from './sections/binder-blocks';

/** Blocks laid out per step: a year of a few hundred pages builds in steps the screen can show. */
const BLOCKS_PER_STEP = 8;

export type BinderBuild =
  | { state: 'reading' }
  | { state: 'missing' }
  | { state: 'failed'; message: string }
  | { state: 'laying-out'; blocks: BlockSpec[]; shown: number; records: BinderRecords }
  | { state: 'ready'; blocks: BlockSpec[]; shown: number; records: BinderRecords; numbering: BinderNumbering };

/**
 * Builds a branch's binder for a year: reads its records once (not live: the binder is what
 * was there when it was made), lays the blocks out a few at a time, then measures each block
 * at the printed width and numbers the pages. `measure` gives the rendered height of a block.
 */
export function useBinderBuild(
  branchId: string,
  year: number,
  today: string,
  rules: RuleGroups,
  measure: (blockId: string) => number | undefined,
): BinderBuild & { relayout: () => void } {
  const [records, setRecords] = useState<BinderRecords | null | undefined>();
  const [failure, setFailure] = useState<string>();
  const [shown, setShown] = useState(0);
  const [numbering, setNumbering] = useState<BinderNumbering>();
  const measureRef = useRef(measure);
  measureRef.current = measure;
  const [layoutVersion, setLayoutVersion] = useState(0);

  useEffect(() => {
    let current = true;
    binderRecordsOf(branchId, year).then(
      (read) => current && setRecords(read ?? null),
      (error: unknown) => current && setFailure(`读取记录失败：${(error as Error).message}`),
    );
    return () => {
      current = false;
    };
  }, [branchId, year]);

  const built = useMemo((): { blocks: BlockSpec[] } | { failed: string } | undefined => {
    if (!records) return undefined;
    try {
      return { blocks: binderBlocks({ records, year, today, rules }) };
    } catch (error) {
      return { failed: `整理记录失败：${(error as Error).message}` };
    }
  }, [records, year, today, rules]);
  const blocks = built && 'blocks' in built ? built.blocks : undefined;

  useEffect(() => {
    if (!blocks || shown >= blocks.length) return;
    const step = setTimeout(() => setShown((count) => Math.min(blocks.length, count + BLOCKS_PER_STEP)), 0);
    return () => clearTimeout(step);
  }, [blocks, shown]);

  useEffect(() => {
    if (!blocks || shown < blocks.length) return;
    let current = true;
    // Fonts change line breaks, and parts of a block fill in after it is first drawn (a meeting's
    // attachment names): measure once fonts are in and the frame is drawn, and again on every
    // change of a block's size (layoutVersion), so the numbers always describe the pages as laid out.
    void document.fonts.ready.then(() =>
      requestAnimationFrame(() => {
        if (!current) return;
        try {
          const pages = blocks.map((block) => {
            const height = measureRef.current(block.id);
            if (height === undefined) throw new Error(`未能排版“${block.entry ?? block.id}”`);
            return { id: block.id, section: block.section, entry: block.entry, pages: pagesForHeight(height) };
          });
          const next = numberBinder(pages);
          setNumbering((previous) => (previous && sameNumbering(previous, next) ? previous : next));
        } catch (error) {
          setFailure(`排版失败：${(error as Error).message}`);
        }
      }),
    );
    return () => {
      current = false;
    };
  }, [blocks, shown, layoutVersion]);

  const relayout = useCallback(() => setLayoutVersion((version) => version + 1), []);
  return { ...buildState(), relayout };

  function buildState(): BinderBuild {
    if (failure) return { state: 'failed', message: failure };
    if (built && 'failed' in built) return { state: 'failed', message: built.failed };
    if (records === undefined) return { state: 'reading' };
    if (records === null) return { state: 'missing' };
    if (!blocks) return { state: 'reading' };
    if (numbering) return { state: 'ready', blocks, shown, records, numbering };
    return { state: 'laying-out', blocks, shown, records };
  }
}

function sameNumbering(a: BinderNumbering, b: BinderNumbering): boolean {
  return a.totalPages === b.totalPages && a.tocPages === b.tocPages && [...a.firstPage].every(([id, page]) => b.firstPage.get(id) === page);
}
