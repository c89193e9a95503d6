import type { Fraction } from '../rules/rule-types';

/**
 * The counts of a branch election (换届选举), after 《中国共产党基层组织选举工作条例》(2020).
 * Pure integer arithmetic: a share is compared as `count × denominator` against
 * `base × numerator`, so 4/5 of 10 is never 7.999….
 */

/** `count` is more than `share` of `base` (超过). */
export function exceedsShare(count: number, base: number, share: Fraction): boolean {
  return count * share.denominator > base * share.numerator;
}

/**
 * The fewest candidates for `seats` (差额不少于应选人数的 20%): the margin is the share of the
 * seats rounded up, since a part of a person cannot stand. 3 seats: 0.6 → 1, 4 candidates;
 * 5 seats: exactly 1, 6 candidates; 7 seats: 1.4 → 2, 9 candidates.
 */
export function minimumCandidates(seats: number, margin: Fraction): number {
  return seats + Math.ceil((seats * margin.numerator) / margin.denominator);
}

/** Why the candidate list is too short, in Chinese; null when it meets the 差额 rule. */
export function candidateMarginError(seats: number, candidates: number, margin: Fraction): string | null {
  const needed = minimumCandidates(seats, margin);
  if (candidates >= needed) return null;
  const percent = Math.round((margin.numerator * 100) / margin.denominator);
  return `实行差额选举，候选人数应多于应选人数且差额不少于应选人数的 ${percent}%：应选 ${seats} 人，候选人至少 ${needed} 人，现有 ${candidates} 人，还需增加 ${needed - candidates} 人。`;
}

/** Whether the meeting may elect: more than the share (4/5) of those due to attend with a vote are present. */
export function attendanceSuffices(present: number, expected: number, share: Fraction): boolean {
  return expected > 0 && exceedsShare(present, expected, share);
}

/** The fewest voters present for a valid election: the smallest count above the share. */
export function minimumPresent(expected: number, share: Fraction): number {
  return Math.floor((expected * share.numerator) / share.denominator) + 1;
}

export interface Tally {
  /** Candidate ids elected, most votes first. */
  elected: string[];
  /** Candidates tied at the last seat: they are voted on again (再次投票). */
  tied: string[];
  /** Seats left empty: no more candidates over the threshold (另行选举 for these seats), or the seats the tied contend for. */
  unfilled: number;
  /** Votes a candidate must exceed: the share of those entitled to attend with a vote; none in a 再次投票. */
  threshold: { votes: number; of: number } | null;
}

/**
 * By votes down to the number of seats. A tie at the last seat elects none of the tied: they
 * are voted on again. Fewer candidates than seats leave seats for another round.
 */
function bySeats(ranked: ReadonlyArray<readonly [string, number]>, seats: number, threshold: Tally['threshold']): Tally {
  const over = [...ranked].sort((a, b) => b[1] - a[1]);
  if (over.length <= seats) return { elected: over.map(([id]) => id), tied: [], unfilled: seats - over.length, threshold };
  const cutoff = over[seats - 1]![1];
  const above = over.filter(([, count]) => count > cutoff).map(([id]) => id);
  const atCutoff = over.filter(([, count]) => count === cutoff).map(([id]) => id);
  const seatsAtCutoff = seats - above.length;
  // Exactly enough at the cutoff vote: all of them take the remaining seats.
  if (atCutoff.length === seatsAtCutoff) return { elected: [...above, ...atCutoff], tied: [], unfilled: 0, threshold };
  return { elected: above, tied: atCutoff, unfilled: seatsAtCutoff, threshold };
}

/**
 * Who is elected in a round of voting (正式选举 or 另行选举): more votes in favour than half of
 * those entitled to attend with a vote (应到会有选举权人数, 条例 2020 — not of those present), then
 * by votes down to the number of seats.
 */
export function tallyElection(votes: Readonly<Record<string, number>>, entitled: number, seats: number, majority: Fraction): Tally {
  const threshold = { votes: (entitled * majority.numerator) / majority.denominator, of: entitled };
  return bySeats(Object.entries(votes).filter(([, count]) => exceedsShare(count, entitled, majority)), seats, threshold);
}

/** 再次投票 between those tied at the last seat: they already passed the threshold, so the most votes win (得票多的当选). */
export function tallyRevote(votes: Readonly<Record<string, number>>, seats: number): Tally {
  return bySeats(Object.entries(votes), seats, null);
}

/**
 * Ballot counts that cannot be: a candidate with more votes than voters present, or more
 * votes in all than ballots could carry (each ballot names at most as many as there are seats).
 */
export function ballotErrors(votes: Readonly<Record<string, number>>, names: Readonly<Record<string, string>>, present: number, seats: number): string[] {
  const errors: string[] = [];
  for (const [id, count] of Object.entries(votes)) {
    if (!Number.isInteger(count) || count < 0) errors.push(`${names[id] ?? id} 的得票数应为不小于 0 的整数。`);
    else if (count > present) errors.push(`${names[id] ?? id} 得票 ${count} 张，多于实到会有选举权的 ${present} 人。`);
  }
  const total = Object.values(votes).reduce((sum, count) => sum + (Number.isInteger(count) && count > 0 ? count : 0), 0);
  if (errors.length === 0 && total > present * seats) {
    errors.push(`得票合计 ${total} 张，多于 ${present} 张选票最多可投的 ${present * seats} 张（每张选票所选人数不超过应选 ${seats} 人）。`);
  }
  return errors;
}
