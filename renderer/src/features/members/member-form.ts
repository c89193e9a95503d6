import { EMPTY_MILESTONES } from '../../../../shared/members/member';
import { birthDateFromIdNumber, genderFromIdNumber, type MemberInput } from '../../../../shared/members/member-validation';

/** A new person as the form starts them: a full member with nothing else known. */
export function blankMember(): MemberInput {
  return {
    name: '',
    gender: 'male',
    birthDate: '',
    ethnicity: '汉族',
    education: '',
    title: '',
    department: '',
    post: '',
    phone: '',
    idNumber: '',
    partyGroupId: '',
    stage: 'full',
    joinedOn: '',
    fullMembershipOn: '',
    retired: false,
    occupation: '',
    development: { ...EMPTY_MILESTONES, contacts: [], introducers: [] },
    transfers: [],
  };
}

/** A full member transferred in from outside the hospital: the 转入 row to fill in first, the rest as typed from their file. */
export function arrivingMember(): MemberInput {
  return { ...blankMember(), transfers: [{ direction: 'in', date: '', counterpart: '', note: '', letterNumber: '' }] };
}

/**
 * Fills birth date and gender from a valid ID number where they are blank: secretaries
 * type the ID from the card, and both are encoded in it.
 */
export function withIdDerivedFields(member: MemberInput): Partial<MemberInput> {
  const patch: Partial<MemberInput> = {};
  const birthDate = birthDateFromIdNumber(member.idNumber);
  const gender = genderFromIdNumber(member.idNumber);
  if (birthDate && !member.birthDate) patch.birthDate = birthDate;
  if (gender && member.gender !== gender && !member.birthDate) patch.gender = gender;
  return patch;
}

/** The form's values merged onto the member they started from, so untouched nested fields survive. */
export function mergeFormValues(start: MemberInput, values: Partial<MemberInput>): MemberInput {
  return {
    ...start,
    ...values,
    development: { ...start.development, ...(values.development ?? {}) },
    transfers: values.transfers ?? start.transfers,
  };
}
