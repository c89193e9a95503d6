import { describe, expect, it } from 'vitest';
import { LOW_SPACE_BYTES, assessStorage, formatBytes, lowSpaceWarning } from '../../../../shared/storage/storage-space';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('storage space', () => {
  it('has room with plenty of quota left', () => {
    const space = assessStorage({ usage: 200 * MB, quota: 50 * GB });
    expect(space).toMatchObject({ free: 50 * GB - 200 * MB, low: false });
    expect(lowSpaceWarning(space)).toBeNull();
  });

  it('warns under 500 MB left even when that is more than a tenth of a small quota', () => {
    expect(assessStorage({ usage: 3 * GB - (LOW_SPACE_BYTES - 1), quota: 3 * GB }).low).toBe(true);
    expect(assessStorage({ usage: 3 * GB - LOW_SPACE_BYTES, quota: 3 * GB }).low).toBe(false);
  });

  it('warns under a tenth of a large quota even with gigabytes left', () => {
    expect(assessStorage({ usage: 91 * GB, quota: 100 * GB }).low).toBe(true);
    expect(assessStorage({ usage: 89 * GB, quota: 100 * GB }).low).toBe(false);
  });

  it('says in Chinese how much is left, and treats a zero or overrun quota as full', () => {
    const warning = lowSpaceWarning(assessStorage({ usage: 9.9 * GB, quota: 10 * GB }));
    expect(warning).toContain('存储空间即将用尽');
    expect(warning).toContain('102 MB');
    expect(assessStorage({ usage: 0, quota: 0 })).toMatchObject({ free: 0, low: true, usedShare: 1 });
    expect(assessStorage({ usage: 2 * GB, quota: GB })).toMatchObject({ free: 0, usedShare: 1 });
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(320 * MB)).toBe('320 MB');
    expect(formatBytes(1.5 * GB)).toBe('1.5 GB');
  });
});
