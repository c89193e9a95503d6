import { describe, expect, it } from 'vitest';
import { compareCounts } from '../../../../shared/sync/count-check';

describe('compareCounts', () => {
  it('finds every table the same when the counts agree, leaving out tables empty on both sides', () => {
    const result = compareCounts({ members: 8, meetings: 1, duesBases: 0 }, { members: 8, meetings: 1 }, new Set());
    expect(result.tables).toEqual([
      { table: 'members', local: 8, central: 8, status: 'same' },
      { table: 'meetings', local: 1, central: 1, status: 'same' },
    ]);
    expect(result.different).toEqual([]);
  });

  it('names each table that differs with both counts, a table only one side has included', () => {
    const result = compareCounts({ members: 8, meetings: 2 }, { members: 7, meetings: 2, studyNotebooks: 3 }, new Set());
    expect(result.different).toEqual([
      { table: 'members', local: 8, central: 7, status: 'different' },
      { table: 'studyNotebooks', local: 0, central: 3, status: 'different' },
    ]);
  });

  it('does not call a table with unacknowledged changes different: the central office has not seen them yet', () => {
    const result = compareCounts({ members: 9, meetings: 3 }, { members: 8, meetings: 2 }, new Set(['members']));
    expect(result.tables.find((check) => check.table === 'members')).toMatchObject({ status: 'pending' });
    expect(result.different.map((check) => check.table)).toEqual(['meetings']);
  });
});
