import { describe, expect, it } from 'vitest';
import { fenToYuan, yuanToFen } from '../../../../../renderer/src/features/dues/money';

describe('yuanToFen', () => {
  it('gives whole 分 for amounts whose binary value is a hair off', () => {
    expect(0.29 * 100).not.toBe(29);
    expect(yuanToFen(0.29)).toBe(29);
    expect(yuanToFen(19.99)).toBe(1999);
    expect(yuanToFen(12_345.67)).toBe(1_234_567);
  });

  it('reads an empty field as 0 and round-trips with fenToYuan', () => {
    expect(yuanToFen(null)).toBe(0);
    expect(yuanToFen(undefined)).toBe(0);
    expect(yuanToFen(fenToYuan(987_654))).toBe(987_654);
  });
});
