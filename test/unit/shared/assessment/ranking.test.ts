import { describe, expect, it } from 'vitest';
import type { BranchFigures, FigureValue } from '../../../../shared/assessment/branch-figures';
import { DEFAULT_ASSESSMENT_SCHEME } from '../../../../shared/assessment/default-scheme';
import { flagMoves, flagWinners, rankBranches, starsFor } from '../../../../shared/assessment/ranking';
import { scoreBranch, scoreRule, yearEntryFromQuarters, type SheetEntries } from '../../../../shared/assessment/score-sheet';
import type { AssessmentScheme } from '../../../../shared/assessment/scheme-types';

const figure = (percent: number | null): FigureValue => ({ percent, counted: 0, of: 0, detail: '' });

/** Every figure at one share; `patch` sets others. */
function figuresAt(percent: number | null, patch: Partial<BranchFigures> = {}): BranchFigures {
  return {
    meetingsOnTime: figure(percent),
    attendanceRate: figure(percent),
    studyPace: figure(percent),
    duesRemittedOnTime: figure(percent),
    developmentOnTime: figure(percent),
    reviewsApproved: figure(percent),
    talkCoverage: figure(percent),
    monthlyReportsOnTime: figure(percent),
    activitiesHeld: figure(percent),
    ...patch,
  };
}

/** A small scheme: two automatic items, a manual one, a deduction and a veto. */
const scheme: AssessmentScheme = {
  ...DEFAULT_ASSESSMENT_SCHEME,
  areas: [{ id: 'sanhui', label: '三会一课' }, { id: 'other', label: '其他' }],
  items: [
    { id: 'meet', areaId: 'sanhui', title: '按期召开', criteria: '', source: '', maxPoints: 40, period: 'quarter', scoring: { kind: 'automatic', figure: 'meetingsOnTime', rule: { kind: 'linear', zeroAtPercent: 50, fullAtPercent: 100 }, whenNoData: 'zero' } },
    { id: 'study', areaId: 'other', title: '学时', criteria: '', source: '', maxPoints: 20, period: 'quarter', scoring: { kind: 'automatic', figure: 'studyPace', rule: { kind: 'steps', steps: [{ atLeastPercent: 95, points: 20 }, { atLeastPercent: 80, points: 12 }] }, whenNoData: 'full' } },
    { id: 'ethics', areaId: 'other', title: '医德医风', criteria: '', source: '', maxPoints: 40, period: 'quarter', scoring: { kind: 'manual' } },
    { id: 'minus', areaId: 'other', title: '投诉', criteria: '', source: '', maxPoints: 10, period: 'quarter', scoring: { kind: 'deduction' } },
    { id: 'veto', areaId: 'other', title: '严重违纪', criteria: '', source: '', maxPoints: 0, period: 'quarter', scoring: { kind: 'veto', capAt: 59 } },
  ],
  tieBreaks: [{ kind: 'automatic' }, { kind: 'area', areaId: 'sanhui' }],
  flagsPerQuarter: 1,
  starThresholds: [60, 70, 80, 90, 95],
};

describe('scoring rules', () => {
  it('linear: nothing at the lower threshold, in proportion above, full from the upper', () => {
    const rule = { kind: 'linear', zeroAtPercent: 60, fullAtPercent: 100 } as const;
    expect([50, 60, 70, 85, 100].map((p) => scoreRule(rule, p, 15))).toEqual([0, 0, 3.8, 9.4, 15]);
  });

  it('steps: the highest step reached; 19 of 20 reaches 95 %', () => {
    const rule = scheme.items[1]!.scoring.kind === 'automatic' ? scheme.items[1]!.scoring.rule : null;
    expect([79.9, 80, (19 / 20) * 100, 100].map((p) => scoreRule(rule!, p, 20))).toEqual([0, 12, 20, 20]);
  });

  it('no data: the scheme says full or zero, and says so', () => {
    const score = scoreBranch(scheme, 'quarter', figuresAt(null), {});
    expect(score.items.map((item) => item.points)).toEqual([0, 20, null, 0, null]);
    expect(score.items[1]!.explanation).toContain('按方案得满分');
    expect(score.pending).toBe(1);
  });
});

describe('a veto item', () => {
  const entries: SheetEntries = { ethics: { points: 40, note: '' } };

  it('caps the total and bars the flag and the stars', () => {
    const clean = scoreBranch(scheme, 'quarter', figuresAt(100), entries);
    expect(clean).toMatchObject({ total: 100, vetoed: false });
    const vetoed = scoreBranch(scheme, 'quarter', figuresAt(100), { ...entries, veto: { triggered: true, note: '党员受党内严重警告处分' } });
    expect(vetoed).toMatchObject({ earned: 100, total: 59, vetoed: true });
    expect(vetoed.items[4]!.explanation).toContain('党员受党内严重警告处分');
    expect(starsFor(vetoed, scheme)).toBe(0);
    const ranking = rankBranches([{ branchId: 'vetoed', score: vetoed }, { branchId: 'second', score: scoreBranch(scheme, 'quarter', figuresAt(80), entries) }], scheme);
    // 40 × (80−50)/50 = 24, + 12 + 40 = 76 beats the capped 59, and takes the flag.
    expect(ranking.map((entry) => [entry.branchId, entry.score.total, entry.rank])).toEqual([['second', 76, 1], ['vetoed', 59, 2]]);
    expect(flagWinners(ranking, scheme)).toEqual(['second']);
  });

  it('a vetoed branch that still ranks first passes the flag to nobody', () => {
    const vetoed = scoreBranch(scheme, 'quarter', figuresAt(100), { ...entries, veto: { triggered: true, note: '违纪' } });
    const low = scoreBranch(scheme, 'quarter', figuresAt(0), {});
    const ranking = rankBranches([{ branchId: 'vetoed', score: vetoed }, { branchId: 'low', score: low }], scheme);
    expect(ranking[0]!.branchId).toBe('vetoed');
    expect(flagWinners(ranking, scheme)).toEqual([]);
  });

  it('deductions come off the earned points, never below 0', () => {
    expect(scoreBranch(scheme, 'quarter', figuresAt(0), { minus: { points: 6, note: '投诉 3 次' } }).total).toBe(0);
    expect(scoreBranch(scheme, 'quarter', figuresAt(100), { ...entries, minus: { points: 6, note: '投诉 3 次' } })).toMatchObject({ earned: 100, deductions: 6, total: 94 });
  });
});

describe('ranking ties', () => {
  // Both total 62: A earns it all from the records (40 + 12 + 10 manual), B more by hand.
  const a = scoreBranch(scheme, 'quarter', figuresAt(80, { meetingsOnTime: figure(100) }), { ethics: { points: 10, note: '' } });
  const b = scoreBranch(scheme, 'quarter', figuresAt(80, { meetingsOnTime: figure(80) }), { ethics: { points: 26, note: '' } });
  const c = scoreBranch(scheme, 'quarter', figuresAt(80, { meetingsOnTime: figure(80) }), { ethics: { points: 26, note: '' } });

  it('the first tie-break (automatic points) decides, and the ranking says so', () => {
    expect([a.total, b.total]).toEqual([62, 62]);
    const ranking = rankBranches([{ branchId: 'b', score: b }, { branchId: 'a', score: a }], scheme);
    expect(ranking.map((entry) => [entry.branchId, entry.rank])).toEqual([['a', 1], ['b', 2]]);
    expect(ranking[0]!.tieBrokenBy).toBe('自动计分合计较高');
  });

  it('the next tie-break decides when the first is equal', () => {
    const byArea: AssessmentScheme = { ...scheme, tieBreaks: [{ kind: 'area', areaId: 'other' }, { kind: 'area', areaId: 'sanhui' }] };
    // Area 'other': A 12 + 10 = 22, B 12 + 26 = 38.
    const ranking = rankBranches([{ branchId: 'a', score: a }, { branchId: 'b', score: b }], byArea);
    expect(ranking.map((entry) => entry.branchId)).toEqual(['b', 'a']);
    expect(ranking[0]!.tieBrokenBy).toBe('“其他”得分较高');
  });

  it('branches equal on every key share the rank, and at the cut both hold the flag', () => {
    const ranking = rankBranches([{ branchId: 'c', score: c }, { branchId: 'b', score: b }, { branchId: 'low', score: scoreBranch(scheme, 'quarter', figuresAt(0), {}) }], scheme);
    expect(ranking.map((entry) => [entry.branchId, entry.rank])).toEqual([['b', 1], ['c', 1], ['low', 3]]);
    expect(flagWinners(ranking, scheme)).toEqual(['b', 'c']);
  });
});

describe('the flag over three quarters', () => {
  const sheets: Record<string, Record<string, number>> = {
    // meetingsOnTime share per branch and quarter; the rest equal.
    '2026-Q1': { 内科: 100, 外科: 90, 儿科: 70 },
    '2026-Q2': { 内科: 80, 外科: 100, 儿科: 90 },
    '2026-Q3': { 内科: 85, 外科: 100, 儿科: 60 },
  };
  const awards = Object.entries(sheets).map(([periodKey, shares]) => {
    const ranking = rankBranches(
      Object.entries(shares).map(([branchId, share]) => ({ branchId, score: scoreBranch(scheme, 'quarter', figuresAt(80, { meetingsOnTime: figure(share) }), { ethics: { points: 30, note: '' } }) })),
      scheme,
    );
    return { periodKey, holders: flagWinners(ranking, scheme) };
  });

  it('goes to the top branch each quarter, moves in Q2 and stays in Q3', () => {
    expect(awards.map((award) => award.holders)).toEqual([['内科'], ['外科'], ['外科']]);
    const moves = flagMoves(awards);
    expect(moves[0]).toMatchObject({ periodKey: '2026-Q1', gained: ['内科'], lost: [], kept: [] });
    expect(moves[1]).toMatchObject({ periodKey: '2026-Q2', gained: ['外科'], lost: ['内科'], kept: [] });
    expect(moves[2]).toMatchObject({ periodKey: '2026-Q3', gained: [], lost: [], kept: ['外科'] });
  });

  it('orders the history by period whatever order the awards come in', () => {
    expect(flagMoves([...awards].reverse()).map((move) => move.periodKey)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
  });
});

describe('the year', () => {
  it('stars from the thresholds', () => {
    expect([59.9, 60, 79.9, 90, 95, 100].map((total) => starsFor({ total, vetoed: false }, scheme))).toEqual([0, 1, 2, 4, 5, 5]);
  });

  it('a quarterly item the office did not score for the year: manual averaged, deductions added to the cap, any veto', () => {
    const item = (id: string) => scheme.items.find((entry) => entry.id === id)!;
    expect(yearEntryFromQuarters(item('ethics'), [{ points: 30, note: '' }, undefined, { points: 35, note: '' }, { points: 32, note: '' }])).toEqual({ points: 32.3, note: '3 个季度平均' });
    expect(yearEntryFromQuarters(item('minus'), [{ points: 6, note: '投诉' }, { points: 6, note: '通报' }])).toMatchObject({ points: 10 });
    expect(yearEntryFromQuarters(item('veto'), [{ triggered: false, note: '' }, { triggered: true, note: '违纪' }])).toMatchObject({ triggered: true, note: '违纪' });
    expect(yearEntryFromQuarters(item('ethics'), [undefined, undefined])).toBeUndefined();
  });

  it('the year sheet holds every item and fills quarterly entries from the quarters', () => {
    const year: AssessmentScheme = {
      ...scheme,
      items: [...scheme.items, { id: 'report', areaId: 'other', title: '述职', criteria: '', source: '', maxPoints: 10, period: 'year', scoring: { kind: 'reportGrade', percentByGrade: { good: 100, fairlyGood: 80, fair: 60, poor: 0 } } }],
    };
    const quarters: SheetEntries[] = [{ ethics: { points: 30, note: '' } }, { ethics: { points: 34, note: '' }, veto: { triggered: true, note: '违纪' } }];
    const score = scoreBranch(year, 'year', figuresAt(100), { report: { grade: 'fairlyGood', note: '' } }, quarters);
    expect(score.items.find((item) => item.itemId === 'report')).toMatchObject({ points: 8 });
    expect(score.items.find((item) => item.itemId === 'ethics')).toMatchObject({ points: 32 });
    // 40 + 20 + 32 + 8 = 100 earned, capped by Q2's veto.
    expect(score).toMatchObject({ earned: 100, maxTotal: 110, total: 59, vetoed: true });
  });
});
