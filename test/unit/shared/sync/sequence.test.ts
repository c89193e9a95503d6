import { describe, expect, it } from 'vitest';
import { EMPTY_STREAM, advanceStream, checkSequence } from '../../../../shared/sync/sequence';

const pkg = (packageId: string, seqFrom: number, seqTo: number, kind: 'branch-report' | 'central-return' = 'branch-report') => ({ packageId, seqFrom, seqTo, kind });

describe('checkSequence', () => {
  it('accepts the first package and the next contiguous one', () => {
    expect(checkSequence(EMPTY_STREAM, pkg('p1', 1, 10))).toEqual({ status: 'ok', newFrom: 1 });
    const after = advanceStream(EMPTY_STREAM, pkg('p1', 1, 10));
    expect(after).toEqual({ lastSeq: 10, seenPackageIds: ['p1'] });
    expect(checkSequence(after, pkg('p2', 11, 12))).toEqual({ status: 'ok', newFrom: 11 });
  });

  it('accepts an overlapping re-send (nothing acknowledged yet) and says where the new part starts', () => {
    const stream = { lastSeq: 10, seenPackageIds: ['p1'] };
    expect(checkSequence(stream, pkg('p2', 1, 15))).toEqual({ status: 'ok', newFrom: 11 });
  });

  it('quarantines a package after a gap and names the missing range', () => {
    const result = checkSequence({ lastSeq: 10, seenPackageIds: ['p1'] }, pkg('p3', 14, 20));
    expect(result).toMatchObject({ status: 'gap', missingFrom: 11, missingTo: 13 });
    expect(result.status === 'gap' && result.message).toContain('缺少第 11–13 号变更');
    const single = checkSequence(EMPTY_STREAM, pkg('p2', 2, 3));
    expect(single.status === 'gap' && single.message).toContain('缺少第 1 号变更');
  });

  it('tells who can fill the gap: the branch re-exports its report, the 组织部门 regenerates its returns', () => {
    const report = checkSequence(EMPTY_STREAM, pkg('p2', 4, 5));
    expect(report.status === 'gap' && report.message).toContain('请支部重新导出报送包');
    const back = checkSequence(EMPTY_STREAM, pkg('r2', 4, 5, 'central-return'));
    expect(back.status === 'gap' && back.message).toContain('请联系院党委组织部门为本支部重新导出（重新生成全部回执）');
    expect(back.status === 'gap' && back.message).not.toContain('请支部');
  });

  it('calls a package already imported a replay, by id or by range', () => {
    const stream = { lastSeq: 10, seenPackageIds: ['p1'] };
    expect(checkSequence(stream, pkg('p1', 1, 10)).status).toBe('replay');
    expect(checkSequence(stream, pkg('copy', 3, 8))).toMatchObject({ status: 'replay', message: expect.stringContaining('已导入过') });
  });

  it('takes an empty package (a return with nothing new) at the right place, and its replay by id', () => {
    const stream = { lastSeq: 4, seenPackageIds: [] };
    expect(checkSequence(stream, pkg('e1', 5, 4))).toEqual({ status: 'ok', newFrom: 5 });
    const after = advanceStream(stream, pkg('e1', 5, 4));
    expect(after.lastSeq).toBe(4);
    expect(checkSequence(after, pkg('e1', 5, 4)).status).toBe('replay');
    expect(checkSequence(stream, pkg('e2', 7, 6)).status).toBe('gap');
  });
});
