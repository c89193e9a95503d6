import { describe, expect, it } from 'vitest';
import {
  birthDateFromIdNumber,
  genderFromIdNumber,
  idNumberCheckCharacter,
  maskIdNumber,
  validateIdNumber,
} from '../../../../shared/members/id-number';

// Check characters worked out by hand with the MOD 11-2 weights, not with the code under test.
const STANDARD_EXAMPLE = '11010519491231002X';
const WOMAN_1990 = '110105199003070025';
const MAN_1990 = '110105199003070017';

describe('validateIdNumber', () => {
  it('accepts valid numbers, including the standard example ending in X (also typed as x)', () => {
    expect(validateIdNumber(STANDARD_EXAMPLE)).toBeUndefined();
    expect(validateIdNumber(STANDARD_EXAMPLE.toLowerCase())).toBeUndefined();
    expect(validateIdNumber(WOMAN_1990)).toBeUndefined();
    expect(validateIdNumber(MAN_1990)).toBeUndefined();
  });

  it('asks for 18 characters', () => {
    expect(validateIdNumber(WOMAN_1990.slice(0, 17))).toBe('身份证号码应为 18 位。');
    expect(validateIdNumber(`${WOMAN_1990}0`)).toBe('身份证号码应为 18 位。');
    expect(validateIdNumber('110105900307002')).toBe('身份证号码应为 18 位。');
  });

  it('allows X only in the last place', () => {
    expect(validateIdNumber('1101051990030700X5')).toBe('身份证号码前 17 位应为数字，最后一位为数字或 X。');
    expect(validateIdNumber('11010519900307002Y')).toBe('身份证号码前 17 位应为数字，最后一位为数字或 X。');
  });

  it('refuses an impossible birth date', () => {
    expect(validateIdNumber('110105199002300025')).toBe('身份证号码中的出生日期无效。');
    expect(validateIdNumber('110105199013070025')).toBe('身份证号码中的出生日期无效。');
  });

  it('catches a mistyped digit through the check character', () => {
    expect(validateIdNumber('110105199003070024')).toBe('身份证号码校验位不正确，请核对是否输错。');
    expect(validateIdNumber('110105199003071025')).toBe('身份证号码校验位不正确，请核对是否输错。');
  });

  it('computes check characters 0–9 and X', () => {
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(idNumberCheckCharacter('11010519900307002')).toBe('5');
  });
});

describe('birth date, gender and masking', () => {
  it('reads the birth date and gender (17th digit odd = male) from a valid number', () => {
    expect(birthDateFromIdNumber(STANDARD_EXAMPLE)).toBe('1949-12-31');
    expect(genderFromIdNumber(STANDARD_EXAMPLE)).toBe('female');
    expect(genderFromIdNumber(MAN_1990)).toBe('male');
    expect(birthDateFromIdNumber(MAN_1990)).toBe('1990-03-07');
  });

  it('reads nothing from an invalid number', () => {
    expect(birthDateFromIdNumber('110105199003070024')).toBeUndefined();
    expect(genderFromIdNumber('110105199003070024')).toBeUndefined();
  });

  it('masks all but the first 6 and last 4 characters', () => {
    expect(maskIdNumber(STANDARD_EXAMPLE)).toBe('110105********002X');
    expect(maskIdNumber('12345')).toBe('*****');
    expect(maskIdNumber('')).toBe('');
  });
});
