import { describe, expect, it } from 'vitest';
import { isCount, isRecord, isText } from '../../../shared/guards';

describe('guards', () => {
  it('isRecord accepts plain objects only', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord('x')).toBe(false);
  });

  it('isCount accepts non-negative safe integers only', () => {
    expect(isCount(0)).toBe(true);
    expect(isCount(-1)).toBe(false);
    expect(isCount(1.5)).toBe(false);
    expect(isCount(Number.MAX_SAFE_INTEGER + 1)).toBe(false);
    expect(isCount('3')).toBe(false);
  });

  it('isText needs something besides white space', () => {
    expect(isText('支部')).toBe(true);
    expect(isText(' \t')).toBe(false);
    expect(isText(3)).toBe(false);
  });
});
