import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../../shared/sync/hlc';
import { isOlderPackage, laterPackageStamp, nextPackageStamp } from '../../../../shared/sync/package-order';

const NODE = 'central-1';
const at = (wallMs: number, counter = 0) => encodeHlc({ wallMs, counter, node: NODE });

describe('the order of one sender’s packages', () => {
  it('stamps each package later than the last one made for the receiver, even in the same millisecond or with the clock set back', () => {
    expect(nextPackageStamp(undefined, 1_000, NODE)).toBe(at(1_000));
    expect(nextPackageStamp(at(1_000), 2_000, NODE)).toBe(at(2_000));
    expect(nextPackageStamp(at(1_000), 1_000, NODE)).toBe(at(1_000, 1));
    expect(nextPackageStamp(at(5_000, 3), 1_000, NODE)).toBe(at(5_000, 4));
  });

  it('calls a package older only when it was made before the newest imported one', () => {
    expect(isOlderPackage(at(1_000), undefined)).toBe(false);
    expect(isOlderPackage(at(1_000), at(1_000, 1))).toBe(true);
    expect(isOlderPackage(at(1_000, 1), at(1_000, 1))).toBe(false); // the same package again
    expect(isOlderPackage(at(2_000), at(1_000, 9))).toBe(false);
  });

  it('keeps the later of two stamps', () => {
    expect(laterPackageStamp(undefined, undefined)).toBeUndefined();
    expect(laterPackageStamp(at(1), undefined)).toBe(at(1));
    expect(laterPackageStamp(undefined, at(1))).toBe(at(1));
    expect(laterPackageStamp(at(1, 2), at(1, 1))).toBe(at(1, 2));
    expect(laterPackageStamp(at(1, 1), at(3))).toBe(at(3));
  });
});
