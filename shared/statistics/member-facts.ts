/**
 * What a member was on a given day, reconstructed from the dated milestones: the
 * statistics count "as of" a date (党内统计 counts as of 12-31), not as the roster stands today.
 */
import { compareDates, isValidDate, yearsBetween } from '../dates';
import { DEVELOPMENT_STAGES, type DevelopmentStage, type MemberRecord, type OccupationGroup } from '../members/member';
import { isOnRoster } from '../members/roster-periods';

const on = (date: string, asOf: string) => isValidDate(date) && compareDates(date, asOf) <= 0;

function stageDate(member: MemberRecord, stage: DevelopmentStage): string {
  const d = member.development;
  switch (stage) {
    case 'applicant':
      return d.appliedOn;
    case 'activist':
      return d.activistOn;
    case 'candidate':
      return d.candidateOn;
    case 'probationary':
      return member.joinedOn || d.admissionVoteOn;
    case 'full':
      return member.fullMembershipOn;
  }
}

/**
 * The member's stage on `asOf`: the latest stage, up to today's, whose date had come. A
 * stage today whose date was never recorded is taken as held since ever (a roster typed
 * in without dates); earlier stages without a date are skipped. Null: not yet in the pipeline.
 */
export function stageOn(member: MemberRecord, asOf: string): DevelopmentStage | null {
  for (let index = DEVELOPMENT_STAGES.indexOf(member.stage); index >= 0; index--) {
    const stage = DEVELOPMENT_STAGES[index]!;
    const date = stageDate(member, stage);
    if (stage === member.stage && !isValidDate(date)) return stage;
    if (on(date, asOf)) return stage;
  }
  return null;
}

/** Party members (正式 and 预备) on the roster on `asOf` (the one rule of roster-periods), with their stage then. */
export function membersOn(members: readonly MemberRecord[], asOf: string): { member: MemberRecord; stage: 'full' | 'probationary' }[] {
  const result: { member: MemberRecord; stage: 'full' | 'probationary' }[] = [];
  for (const member of members) {
    if (!isOnRoster(member, asOf)) continue;
    const stage = stageOn(member, asOf);
    if (stage === 'full' || stage === 'probationary') result.push({ member, stage });
  }
  return result;
}

/** Completed years on `asOf` (one turns 31 on the 31st birthday); null without a valid birth date. */
export function ageOn(member: Pick<MemberRecord, 'birthDate'>, asOf: string): number | null {
  return isValidDate(member.birthDate) ? yearsBetween(member.birthDate, asOf) : null;
}

/** A band of whole years, both ends included; `max` null for the open top band. */
export interface YearBand {
  key: string;
  label: string;
  min: number;
  max: number | null;
}

export function bandOf(bands: readonly YearBand[], years: number | null): YearBand | undefined {
  if (years === null) return undefined;
  return bands.find((band) => years >= band.min && (band.max === null || years <= band.max));
}

/** 党内统计 age bands (年龄, on the reference date). */
export const AGE_BANDS: readonly YearBand[] = [
  { key: 'age30', label: '30岁及以下', min: 0, max: 30 },
  { key: 'age35', label: '31—35岁', min: 31, max: 35 },
  { key: 'age40', label: '36—40岁', min: 36, max: 40 },
  { key: 'age45', label: '41—45岁', min: 41, max: 45 },
  { key: 'age50', label: '46—50岁', min: 46, max: 50 },
  { key: 'age55', label: '51—55岁', min: 51, max: 55 },
  { key: 'age60', label: '56—60岁', min: 56, max: 60 },
  { key: 'age70', label: '61—70岁', min: 61, max: 70 },
  { key: 'age71', label: '71岁及以上', min: 71, max: null },
];

/** 党龄 bands, for full members only: 党章第七条 counts 党龄 from the day probation ends in full membership. */
export const PARTY_STANDING_BANDS: readonly YearBand[] = [
  { key: 'standing5', label: '5年及以下', min: 0, max: 5 },
  { key: 'standing10', label: '6—10年', min: 6, max: 10 },
  { key: 'standing20', label: '11—20年', min: 11, max: 20 },
  { key: 'standing30', label: '21—30年', min: 21, max: 30 },
  { key: 'standing40', label: '31—40年', min: 31, max: 40 },
  { key: 'standing41', label: '41年及以上', min: 41, max: null },
];

/** 党龄 in whole years on `asOf`; null for a member not yet full or without a 转正 date. */
export function partyStandingOn(member: MemberRecord, asOf: string): number | null {
  return on(member.fullMembershipOn, asOf) ? yearsBetween(member.fullMembershipOn, asOf) : null;
}

export const EDUCATION_BANDS = ['postgraduate', 'undergraduate', 'college', 'secondaryVocational', 'highSchoolOrBelow'] as const;
export type EducationBand = (typeof EDUCATION_BANDS)[number];

export const EDUCATION_BAND_LABELS: Record<EducationBand, string> = {
  postgraduate: '研究生',
  undergraduate: '大学本科',
  college: '大学专科',
  secondaryVocational: '中专',
  highSchoolOrBelow: '高中及以下',
};

/** Words of the roster's free-text 学历, first match wins (研究生 before 大学, 中专 before 中学). */
const EDUCATION_WORDS: ReadonlyArray<readonly [RegExp, EducationBand]> = [
  [/博士|硕士|研究生/, 'postgraduate'],
  [/本科|学士|^大学$/, 'undergraduate'],
  [/大专|专科|高职/, 'college'],
  [/中专|中技|技校|职高|中等专业/, 'secondaryVocational'],
  [/高中|初中|小学|中学|文盲/, 'highSchoolOrBelow'],
];

/** The band of a 学历 as typed ('硕士研究生', '本科', '大专'); undefined when blank or not recognised. */
export function educationBandOf(education: string): EducationBand | undefined {
  const text = education.normalize('NFKC').replace(/\s+/g, '');
  return EDUCATION_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

/** 大专以上 as the 发展党员 structure figures count it: 大学专科 and above. */
export function hasCollegeEducation(education: string): boolean {
  const band = educationBandOf(education);
  return band === 'postgraduate' || band === 'undergraduate' || band === 'college';
}

/** 少数民族: any nationality but 汉族; a blank one is unknown, not counted. */
export function isEthnicMinority(ethnicity: string): boolean {
  const text = ethnicity.trim();
  return text !== '' && text !== '汉族' && text !== '汉';
}

/** Titles and posts that say the occupation when the roster's 人员分类 is blank; in order (护理部的医师 is a 医生). */
const OCCUPATION_WORDS: ReadonlyArray<readonly [RegExp, OccupationGroup]> = [
  [/学生|实习|研究生|规培/, 'student'],
  [/医师|医生/, 'doctor'],
  [/护/, 'nurse'],
  [/药/, 'pharmacist'],
  [/技师|技士|技术员|检验|影像/, 'medicalTechnician'],
  [/会计|审计|经济师|工程师|研究员|统计|政工|处长|科长|科员|干事|后勤|行政|管理/, 'administration'],
];

/**
 * The member's 人员分类: the roster's field, or, while it is blank, what 离退休, the 职称
 * and the post say (inferred: the table's note says so). Undefined when nothing says.
 */
export function occupationGroupOf(member: MemberRecord): { group: OccupationGroup; inferred: boolean } | undefined {
  if (member.occupation) return { group: member.occupation, inferred: false };
  if (member.retired) return { group: 'retired', inferred: true };
  const text = `${member.title} ${member.post}`;
  const found = OCCUPATION_WORDS.find(([pattern]) => pattern.test(text));
  return found ? { group: found[1], inferred: true } : undefined;
}

/** 一线医务人员: doctors, nurses, medical technicians and pharmacists in post. */
export function isFrontLineMedical(member: MemberRecord): boolean {
  const group = occupationGroupOf(member)?.group;
  return group === 'doctor' || group === 'nurse' || group === 'medicalTechnician' || group === 'pharmacist';
}

/** Whether a date falls within a period's first and last day. */
export function within(date: string, period: { start: string; end: string }): boolean {
  return isValidDate(date) && date >= period.start && date <= period.end;
}
