import { firstDuesMonthAfterMove, monthOfDate, type MonthKey } from './months';
import type { DuesArrangement, MemberAbsence } from '../members/absence';
import type { MemberRecord } from '../members/member';


/**
 * A period away (外出党员, shared/members/absence.ts) as the dues ledger reads it. Every month
 * the absence touches is marked in the grid with its arrangement. Under 向流入地党组织交纳 the
 * months paid where the member is are not owed here: they are split like a move between
 * branches (duesPaidThroughOnMove) — the branch collects the month the member leaves unless
 * they leave on the 1st, the place they go collects from the next month through the month of
 * the last day away, and the branch again from the month after. 仍按月向本支部交纳 and
 * 外出前预交 leave every month owed here (an advance is recorded as one).
 */
export interface AwayDuesSpan {
  absence: MemberAbsence;
  /** The first month touched, and the last (null while the return date is not known). */
  fromKey: MonthKey;
  throughKey: MonthKey | null;
  /** The months paid elsewhere (destination arrangement only); null when none. */
  elsewhere: { from: MonthKey; through: MonthKey | null } | null;
}

const touches = (span: Pick<AwayDuesSpan, 'fromKey' | 'throughKey'>, key: MonthKey) => span.fromKey <= key && (span.throughKey === null || key <= span.throughKey);

/** A member's absences as ledger spans, oldest first (skipping any with an unreadable date). */
export function awayDuesSpans(member: Pick<MemberRecord, 'absences'>): AwayDuesSpan[] {
  return (member.absences ?? [])
    .flatMap((absence) => {
      const fromKey = monthOfDate(absence.from);
      if (!fromKey) return [];
      const throughKey = absence.until === '' ? null : (monthOfDate(absence.until) ?? null);
      const from = firstDuesMonthAfterMove(absence.from);
      const paidElsewhere = absence.duesArrangement === 'destination' && (throughKey === null || from <= throughKey);
      return [{ absence, fromKey, throughKey, elsewhere: paidElsewhere ? { from, through: throughKey } : null }];
    })
    .sort((a, b) => a.absence.from.localeCompare(b.absence.from));
}

/** The span touching a month, if any (the later one when a month holds a return and a new departure). */
export function awaySpanIn(spans: readonly AwayDuesSpan[] | undefined, key: MonthKey): AwayDuesSpan | null {
  if (!spans || spans.length === 0) return null;
  let found: AwayDuesSpan | null = null;
  for (const span of spans) if (touches(span, key)) found = span;
  return found;
}

/** Whether a month's dues are paid where the member is rather than here. */
export function paidElsewhereIn(spans: readonly AwayDuesSpan[] | undefined, key: MonthKey): boolean {
  return !!spans?.some((span) => span.elsewhere !== null && touches({ fromKey: span.elsewhere.from, throughKey: span.elsewhere.through }, key));
}

/** The arrangement as a grid cell or list names it. */
export const DUES_ARRANGEMENT_SHORT_LABELS: Record<DuesArrangement, string> = {
  branch: '在原支部交纳',
  prepaid: '外出前预交',
  destination: '在流入地交纳',
};
