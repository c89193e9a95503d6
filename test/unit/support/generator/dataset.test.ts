import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../shared/hash';
import { generateBranchData, generateDataset, planBranches, SCALES, type BranchData, type ScaleSpec } from '../../../support/generator';

async function digest(data: readonly BranchData[]): Promise<string> {
  return sha256Hex(new TextEncoder().encode(JSON.stringify(data)));
}

const SMALL: ScaleSpec = { branches: 3, members: 45, years: 1 };

// Generation is work, not a speed check: generous timeouts keep a busy machine from failing it.
describe('generateDataset', { timeout: 60_000 }, () => {
  it('gives the same data for the same seed, and different data for another', async () => {
    const first = await digest(generateDataset(SMALL, { seed: 'a' }));
    expect(await digest(generateDataset(SMALL, { seed: 'a' }))).toBe(first);
    expect(await digest(generateDataset(SMALL, { seed: 'b' }))).not.toBe(first);
    expect(await digest(generateDataset(SMALL, { seed: 'a', today: '2026-06-30' }))).not.toBe(first);
  });

  it('makes any branch alone exactly as it appears in the whole data set', () => {
    const whole = generateDataset(SMALL, { seed: 'a' });
    const third = generateBranchData(planBranches(SMALL, 'a')[2]!, SMALL, { seed: 'a' });
    expect(third).toEqual(whole[2]);
  });

  it('fills the branch scale: one branch, 40 members, five years of every store', () => {
    const [data, ...others] = generateDataset(SCALES.branch);
    expect(others).toEqual([]);
    expect(data!.members).toHaveLength(40);
    const years = new Set(data!.meetings.map((meeting) => meeting.startAt.slice(0, 4)));
    expect([...years].sort()).toEqual(['2022', '2023', '2024', '2025', '2026']);
    expect(data!.duesBases.length).toBeGreaterThan(100);
    expect(data!.duesPayments.length).toBe(data!.duesBases.length);
    expect(data!.duesRemittances.length).toBeGreaterThan(15);
    expect(data!.studyNotebooks).toHaveLength(40 * 5);
  });

  it('splits a scale into branches whose rosters vary yet add up to its total', () => {
    const plans = planBranches(SCALES.hospital, 'any');
    expect(plans).toHaveLength(150);
    expect(plans.reduce((sum, plan) => sum + plan.members, 0)).toBe(3000);
    expect(Math.min(...plans.map((plan) => plan.members))).toBeLessThan(15);
    expect(Math.max(...plans.map((plan) => plan.members))).toBeGreaterThan(25);
    expect(new Set(plans.map((plan) => plan.name)).size).toBe(150);
    const city = planBranches(SCALES.city, 'any');
    expect(city.reduce((sum, plan) => sum + plan.members, 0)).toBe(24_000);
    expect(new Set(city.map((plan) => plan.name)).size).toBe(2000);
  });

  it('holds about sixty meetings a branch-year at hospital density (≈50k for the hospital)', () => {
    // Ten hospital-sized branches: the per-branch rate times 150 is the hospital's count.
    const spec: ScaleSpec = { branches: 10, members: 200, years: 5 };
    const meetings = generateDataset(spec).reduce((sum, data) => sum + data.meetings.length, 0);
    expect(meetings * 15).toBeGreaterThan(40_000);
    expect(meetings * 15).toBeLessThan(60_000);
  });
});
