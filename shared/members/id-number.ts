import { formatDate, isValidDate } from '../dates';
import type { Gender } from './member';

/**
 * Resident identity numbers (GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence whose last digit is odd for men, and an ISO 7064 MOD 11-2 check
 * character. Lower-case x is accepted as typed and read as X.
 */

const SHAPE = /^\d{17}[\dXx]$/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

export function idNumberCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return CHECK_CHARACTERS[sum % 11]!;
}

function embeddedBirthDate(id: string): string {
  return formatDate({ year: Number(id.slice(6, 10)), month: Number(id.slice(10, 12)), day: Number(id.slice(12, 14)) });
}

/** validateIdNumber's message for a number whose last character does not match the others. */
export const ID_CHECK_DIGIT_PROBLEM = '身份证号码校验位不正确，请核对是否输错。';

/** The Chinese message for what is wrong with the number, or undefined when it is valid. */
export function validateIdNumber(id: string): string | undefined {
  if (id.length !== 18) return '身份证号码应为 18 位。';
  if (!SHAPE.test(id)) return '身份证号码前 17 位应为数字，最后一位为数字或 X。';
  if (!isValidDate(embeddedBirthDate(id))) return '身份证号码中的出生日期无效。';
  if (idNumberCheckCharacter(id) !== id[17]!.toUpperCase()) return ID_CHECK_DIGIT_PROBLEM;
  return undefined;
}

export function birthDateFromIdNumber(id: string): string | undefined {
  return validateIdNumber(id) === undefined ? embeddedBirthDate(id) : undefined;
}

export function genderFromIdNumber(id: string): Gender | undefined {
  if (validateIdNumber(id) !== undefined) return undefined;
  return Number(id[16]) % 2 === 1 ? 'male' : 'female';
}

/** For display and print: 6 + 8 stars + 4. Anything not 18 long is hidden entirely. */
export function maskIdNumber(id: string): string {
  if (id.length !== 18) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}********${id.slice(14)}`;
}
