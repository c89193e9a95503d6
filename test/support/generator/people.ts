import { addDays, addMonths, addYears, daysBetween, formatDate } from '../../../shared/dates';
import { idNumberCheckCharacter } from '../../../shared/members/id-number';
import { EMPTY_MILESTONES, type DevelopmentStage, type Gender, type MemberRecord } from '../../../shared/members/member';
import type { Random } from './random';
import { ADMINISTRATIVE_PROFESSION, CLINICAL_PROFESSIONS, EDUCATION, ETHNICITIES, FEMALE_GIVEN, isAdministrative, MALE_GIVEN, REGION_CODES, SURNAMES } from './vocabulary';

/** Sequence numbers per region and gender: three digits, the last one's parity is the gender. */
const SEQUENCES_PER_REGION = 500;

/**
 * A valid ID number unique in the whole data set: the member's index across the data set
 * picks the region and sequence, so no two members share one (up to 25,000 members).
 */
export function idNumberFor(globalIndex: number, birthDate: string, gender: Gender): string {
  const region = REGION_CODES[Math.floor(globalIndex / SEQUENCES_PER_REGION) % REGION_CODES.length]!;
  const slot = globalIndex % SEQUENCES_PER_REGION;
  const sequence = String(slot * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
  const first17 = `${region}${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + idNumberCheckCharacter(first17);
}

function chineseName(random: Random, gender: Gender): string {
  const given = gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN;
  const name = random.pick(SURNAMES) + random.pick(given);
  return random.chance(0.7) ? name + random.pick(given) : name;
}

function randomDate(random: Random, from: string, to: string): string {
  const span = Math.max(0, daysBetween(from, to));
  return addDays(from, random.int(0, span));
}

function mobile(random: Random): string {
  return `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
}

const STAGE_WEIGHTS: ReadonlyArray<readonly [DevelopmentStage, number]> = [
  ['full', 82],
  ['probationary', 6],
  ['candidate', 3],
  ['activist', 5],
  ['applicant', 4],
];

/** Pipeline milestones consistent with the stage, in order, none after today. */
function pipeline(random: Random, stage: DevelopmentStage, adultOn: string, today: string): Pick<MemberRecord, 'development' | 'joinedOn' | 'fullMembershipOn'> {
  const development = { ...EMPTY_MILESTONES, contacts: [], introducers: [] };
  const latestJoin = stage === 'probationary' ? today : addYears(today, -1);
  const earliestJoin = stage === 'probationary' ? addMonths(today, -11) : adultOn;
  const joinedOn = stage === 'full' || stage === 'probationary' ? randomDate(random, earliestJoin < latestJoin ? earliestJoin : latestJoin, latestJoin) : '';
  // Work backwards from admission, or from today for people still in the pipeline.
  const anchor = joinedOn || addDays(today, -random.int(10, 120));
  const candidateOn = addMonths(anchor, -random.int(3, 6));
  const activistOn = addMonths(candidateOn, -random.int(12, 18));
  const appliedOn = addMonths(activistOn, -random.int(3, 12));
  development.appliedOn = appliedOn < adultOn ? adultOn : appliedOn;
  development.applicationTalkOn = addDays(development.appliedOn, random.int(5, 25));
  if (stage !== 'applicant') development.activistOn = activistOn < development.appliedOn ? development.appliedOn : activistOn;
  if (stage === 'candidate' || joinedOn) {
    development.candidateOn = candidateOn < development.activistOn ? development.activistOn : candidateOn;
    development.candidateTrainingHours = 24;
  }
  if (joinedOn) {
    development.admissionVoteOn = joinedOn;
    // Approved by the hospital committee within the rule's three months, and never after today.
    const approvedOn = addDays(joinedOn, random.int(20, 80));
    development.committeeApprovalOn = approvedOn < today ? approvedOn : joinedOn;
  }
  const fullMembershipOn = stage === 'full' ? addYears(joinedOn, 1) : '';
  if (fullMembershipOn) development.fullMembershipVoteOn = fullMembershipOn;
  return { development, joinedOn, fullMembershipOn };
}

export type MemberContent = Omit<MemberRecord, 'branchId' | 'createdAt' | 'updatedAt' | 'deleted' | 'partyGroupId'>;

/** One person of a hospital department, valid for validateMember as of `today`. */
export function generateMember(random: Random, globalIndex: number, department: string, today: string): MemberContent {
  const gender: Gender = random.chance(0.62) ? 'female' : 'male';
  const year = Number(today.slice(0, 4));
  const birthDate = formatDate({ year: random.int(year - 62, year - 23), month: random.int(1, 12), day: random.int(1, 28) });
  const stage = random.weighted(STAGE_WEIGHTS);
  const age = year - Number(birthDate.slice(0, 4));
  const profession = isAdministrative(department) ? ADMINISTRATIVE_PROFESSION : random.weighted(CLINICAL_PROFESSIONS);
  return {
    id: random.uuid(),
    name: chineseName(random, gender),
    gender,
    birthDate,
    ethnicity: random.weighted(ETHNICITIES),
    education: random.weighted(EDUCATION),
    title: random.pick(profession.titles),
    department,
    post: random.pick(profession.posts),
    phone: mobile(random),
    idNumber: idNumberFor(globalIndex, birthDate, gender),
    stage,
    // Only older full members are retired (离退休 党员 stay in their department's branch).
    retired: stage === 'full' && age >= 60 && random.chance(0.7),
    transfers: random.chance(0.08)
      ? [{ direction: 'in', date: randomDate(random, addYears(today, -6), addYears(today, -1)), counterpart: '省人民医院党委', note: '工作调动' }]
      : [],
    ...pipeline(random, stage, addYears(birthDate, 18), today),
  };
}
